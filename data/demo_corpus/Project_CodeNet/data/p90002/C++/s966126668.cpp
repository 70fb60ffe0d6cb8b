// Demo Contest 001 - GCD and LCM
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

void solve()
{
    ll a,b;cin>>a>>b;
    ll x=a,y=b;
    while(y!=0)
    {
        ll r=x%y;
        x=y;
        y=r;
    }
    ll l=a/x*b;
    cout<<x<<' '<<l<<endl;
}

int main()
{
    ios::sync_with_stdio(0);
    solve();
    return 0;
}