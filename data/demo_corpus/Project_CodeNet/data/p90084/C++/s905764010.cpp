#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
typedef vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

struct FastIO{FastIO(){ios::sync_with_stdio(false);cin.tie(nullptr);}}fastio_;

void solve()
{
    int n;
    cin>>n;
    vector<ll>h(n);
    for(auto&x:h)cin>>x;
    int l=0,r=n-1;
    ll lmax=0,rmax=0,water=0;
    // move the lower side inwards: its level is already decided
    while(l<r){
        if(h[l]<h[r]){
            if(h[l]>=lmax)lmax=h[l];
            else water+=lmax-h[l];
            l++;
        }else{
            if(h[r]>=rmax)rmax=h[r];
            else water+=rmax-h[r];
            r--;
        }
    }
    cout<<water<<endl;
}

int main()
{
    solve();
    return 0;
}