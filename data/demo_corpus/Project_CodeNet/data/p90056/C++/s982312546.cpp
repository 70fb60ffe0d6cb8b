#include<bits/stdc++.h>
using namespace std;

#define ll long long
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define se second
using P=pair<int,int>;
typedef vector<int>vi;
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

void solve()
{
    ll n;cin>>n;
    vector<ll>f;
    for(ll p=2;p*p<=n;p++)
    {
        while(n%p==0)
        {
            f.push_back(p);
            n/=p;
        }
    }
    if(n>1)f.push_back(n);
    REP(i,(int)f.size())
    {
        if(i>0)cout<<" ";
        cout<<f[i];
    }
    cout<<endl;
}

int main()
{
    solve();
    return 0;
}