#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
#define mp make_pair
const int INF=1e9;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

const ll MOD=1000000007;

void solve(){
	int n;
	cin>>n;
	vector<ll>tbl(n+1,0);
	tbl[0]=1;
	FOR(i,1,n+1){
		rep(k,3){
			int step=k+1;
			if(i-step>=0)tbl[i]=(tbl[i]+tbl[i-step])%MOD;
		}
	}
	cout<<tbl[n]<<endl;
}

int main(void){
	solve();
	return 0;
}
