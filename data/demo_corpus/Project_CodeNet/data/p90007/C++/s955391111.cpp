#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
template<class T,class U>bool chmax(T&a,const U&b){if(a<b){a=b;return true;}return false;}
#define pb push_back
#define fi first
typedef vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

int main(){
    int n,W;cin>>n>>W;
    vector<int>w(n);
    vector<ll>v(n);
    rep(i,n){
        cin>>w[i];
        cin>>v[i];
    }
    // dp[i][j]: best value using the first i items with weight at most j
    vector<vector<ll>>tbl(n+1,vector<ll>(W+1,0));
    rep(i,n){
        for(int j=0;j<=W;j++){
            tbl[i+1][j]=tbl[i][j];
            if(j>=w[i]){
                chmax(tbl[i+1][j],tbl[i][j-w[i]]+v[i]);
            }
        }
    }
    cout<<tbl[n][W]<<endl;
    return 0;
}