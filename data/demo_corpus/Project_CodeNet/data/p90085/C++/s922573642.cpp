// author: u957167484
#include<bits/stdc++.h>

using ll=long long;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define rrep(i, n) for (int i = (n) - 1; i >= 0; i--)
#define se second
const int INF=1e9;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

void solve(){
	int n;
	scanf("%d",&n);
	std::vector<ll>h(n);
	REP(k,n)scanf("%lld",&h[k]);
	// L[i] .. R[i]: the bars around i that are at least as high
	std::vector<int>L(n),R(n);
	REP(i,n){
		int j=i-1;
		while(j>=0&&h[j]>=h[i])j=L[j]-1;
		L[i]=j+1;
	}
	rrep(i,n){
		int j=i+1;
		while(j<n&&h[j]>=h[i])j=R[j]+1;
		R[i]=j-1;
	}
	ll ans=0;
	REP(i,n){
		ans=std::max(ans,h[i]*(R[i]-L[i]+1));
	}
	printf("%lld\n",ans);
}

int main(){
	solve();
	return 0;
}