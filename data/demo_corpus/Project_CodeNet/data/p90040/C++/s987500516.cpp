// author: u940837785
#include <cstdio>
#include <string>
#include <vector>
#include <algorithm>
using namespace std;

int main(){
	char buf[200005];
	scanf("%s",buf);
	string s=buf;
	vector<int>last(26,-1);
	int result=0,left=0;
	for(int i=0;i<(int)s.size();i++){
		int c=s[i]-'a';
		// jump the left end past the previous copy of this character
		if(last[c]>=left)left=last[c]+1;
		last[c]=i;
		result=max(result,i-left+1);
	}
	printf("%d\n",result);
	return 0;
}
