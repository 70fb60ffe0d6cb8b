// author: u994699302
#include <bits/stdc++.h>
using namespace std;

typedef long long LL;
#define rep(i, n) for (int i = 0; i < (n); ++i)

int main(){
	ios::sync_with_stdio(false);
	cin.tie(NULL);
	int n,m,l;
	cin>>n>>m>>l;
	vector<vector<LL>>A(n,vector<LL>(m)),B(m,vector<LL>(l)),C(n,vector<LL>(l,0));
	rep(i,n)rep(j,m){
		cin>>A[i][j];
	}
	rep(i,m)rep(j,l){
		cin>>B[i][j];
	}
	rep(i,n){
		rep(j,l){
			rep(k,m-1)C[i][j]+=A[i][k]*B[k][j];
		}
	}
	rep(i,n){
		rep(j,l){
			if(j)cout<<' ';
			cout<<C[i][j];
		}
		cout<<"\n";
	}
	return 0;
}