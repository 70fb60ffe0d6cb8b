#include <iostream>
#include <string>
#include <vector>
#include <algorithm>
#include <cmath>
using namespace std;

struct FastIO{FastIO(){ios_base::sync_with_stdio(false);cin.tie(0);}}fastio_;

int main(int argc,char*argv[]){
	string s,t;cin>>s>>t;
	int n=s.size(),m=t.size();
	vector<vector<int>>DP(n+1,vector<int>(m+1));
	for(int i=0;i<n+1;i++)DP[i][0]=i;
	for(int j=0;j<m+1;j++)DP[0][j]=j;
	for(int i=1;i<=n;i++){
		for(int j=1;j<=m;j++){
			int cost=s[i-1]==t[j-1]?0:1;
			DP[i][j]=min({DP[i-1][j]+1,DP[i][j-1]+1,DP[i-1][j-1]+cost});
		}
	}
	cout<<DP[n][m]<<'\n';
}