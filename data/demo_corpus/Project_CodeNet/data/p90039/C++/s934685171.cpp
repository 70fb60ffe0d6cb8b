#include <cstdio>
#include <string>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
typedef pair<int,int>pii;
using P=pair<int,int>;
const int INF=1e9;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
	char buf[2005];
	scanf("%s",buf);
	string s=buf;
	char tmp[2005];
	scanf("%s",tmp);
	string t=tmp;
	int n=s.size(),m=t.size();
	vector<vector<int>>dp(n+1,vector<int>(m+1));
	rep(i,n+1)dp[i][0]=i;
	rep(j,m+1)dp[0][j]=j;
	for(int i=1;i<=n;i++){
		for(int j=1;j<=m;j++){
			int cost=s[i-1]==t[j-1]?0:1;
			dp[i][j]=min({dp[i-1][j]+1,dp[i][j-1]+1,dp[i-1][j-1]+cost});
		}
	}
	printf("%d\n",dp[n][m]);
	return 0;
}