#include <bits/stdc++.h>

#define REP(i, n) for (int i = 0; i < (n); ++i)
template<class T,class U>inline void chmax(T&a,U b){if(a<b)a=b;}

int expand(const std::string&s,int l,int r){
	while(l>=0&&r<(int)s.size()&&s[l]==s[r]){
		l--;
		r++;
	}
	return r-l-1;
}

int main(){
	char buf[3005];
	scanf("%s",buf);
	std::string s=buf;
	int best=0;
	REP(i,(int)s.size()){
		chmax(best,expand(s,i,i));
		chmax(best,expand(s,i,i+1));
	}
	printf("%d\n",best);
	return 0;
}
