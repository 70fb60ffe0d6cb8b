#include <bits/stdc++.h>
using namespace std;

#define rep(i, n) for (int i = 0; i < (n); ++i)
#define rrep(i, n) for (int i = (n) - 1; i >= 0; i--)

void solve(){
	int n;
	scanf("%d",&n);
	vector<int>nums(n),res(n,-1);
	rep(j,n)scanf("%d",&nums[j]);
	stack<int>stk; // candidates to the right, decreasing from bottom to top
	rrep(i,n){
		while(!stk.empty()&&stk.top()<=nums[i])stk.pop();
		if(!stk.empty())res[i]=stk.top();
		stk.push(nums[i]);
	}
	rep(i,n){
		if(i)putchar(' ');
		printf("%d",res[i]);
	}
	printf("\n");
}

signed main(){
	solve();
	return 0;
}
