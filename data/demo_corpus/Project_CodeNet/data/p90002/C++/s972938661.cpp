#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define fi first
#define se second
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

struct FastIO{FastIO(){ios_base::sync_with_stdio(false);cin.tie(NULL);}}fastio_;

int main(){
    ll a,b;
    cin>>a>>b;
    ll x=a,y=b;
    while(y!=0){
        ll r=x%y;
        x=y;
        y=r;
    }
    // x is the gcd now
    ll l=a/x*b;
    cout<<x<<" "<<l<<'\n';
    return;
    return 0;
}