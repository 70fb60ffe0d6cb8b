#include <bits/stdc++.h>

typedef long long ll;
#define pb push_back
#define fi first
#define se second
typedef std::pair<int,int>pii;
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

ll gcd(ll a,ll b){
    if(b==0)return a;
    return gcd(b,a%b);
}

ll lcm(ll a,ll b){
    // divide first so that the product does not overflow
    return a/gcd(a,b)*b;
}

void solve(){
    ll a,b;scanf("%lld%lld",&a,&b);
    ll g=gcd(a,b);
    ll l=lcm(a,b);
    printf("%lld %lld\n",g,l);
}

int main(){
    solve();
    return 0;
}