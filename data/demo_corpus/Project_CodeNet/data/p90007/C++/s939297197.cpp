#include <iostream>
#include <vector>
#include <cstring>
using namespace std;

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define se second
#define mp make_pair
typedef vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int n,W;
int w[105];
ll v[105];
ll memo[105][10005];
bool done[105][10005];

ll solve_from(int i,int cap)
{
    if(i==n)return 0;
    if(done[i][cap])return memo[i][cap];
    ll best=solve_from(i+1,cap);
    if(w[i]<=cap){
        ll take=solve_from(i+1,cap-w[i])+v[i];
        if(take>best)best=take;
    }
    done[i][cap]=true;
    return memo[i][cap]=best;
}

void solve()
{
    cin>>n>>W;
    REP(i,n){
        cin>>w[i];
        cin>>v[i];
    }
    cout<<solve_from(0,W)<<'\n';
}

int main()
{
    ios::sync_with_stdio(false);cin.tie(NULL);
    solve();
    return 0;
}