#include <bits/stdc++.h>

typedef long long LL;
#define fi first
typedef std::pair<int,int>pii;
using P=std::pair<int,int>;
typedef std::vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;

int value(char c){
	switch(c){
	case'I':return 1;
	case'V':return 5;
	case'X':return 10;
	case'L':return 50;
	case'C':return 100;
	case'D':return 500;
	default:return 1000;
	}
}

int main(){
	int Q;
	scanf("%d",&Q);
	while(Q--){
		char buf[20];
		scanf("%s",buf);
		std::string s=buf;
		int ret=0;
		for(int i=0;i<(int)s.size();i++){
			int v=value(s[i]);
			// a symbol before a larger one is subtracted
			if(i+1<(int)s.size()&&v<value(s[i+1])){
				ret-=v;
			}else{
				ret+=v;
			}
		}
		printf("%d\n",ret);
	}
	return 0;
}