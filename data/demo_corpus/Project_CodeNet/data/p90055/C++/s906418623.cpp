/*
 * Demo Contest 019 - Staircase
 * 2020-07-31
 */
#include <cstdio>
#include <vector>
#include <algorithm>
#include <cstdlib>
using namespace std;

#define pb push_back
#define fi first
typedef vector<int>vi;
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

#define MOD 1000000007

int main(){
	int n;
	scanf("%d",&n);
	vector<long long>dp(n+1,0);
	dp[0]=1;
	for(int i=1;i<n+1;++i){
		for(int k=0;k<3;++k){
			int step=k+1;
			if(i-step>=1)dp[i]=(dp[i]+dp[i-step])%MOD;
		}
	}
	printf("%lld\n",dp[n]);
	return 0;
}
