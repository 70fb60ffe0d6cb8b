#include <iostream>
#include <cstdlib>
using namespace std;

typedef long long ll;
#define mp make_pair
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

ll euclid(ll a,ll b)
{
    while(b!=0){
        ll t=a%b;
        a=b;
        b=t;
    }
    return a;
}

void solve()
{
    ll x1,y1,x2,y2;
    cin>>x1>>y1>>x2>>y2;
    ll dx=abs(x2-x1);
    ll dy=abs(y2-y1);
    cout<<euclid(dx,dy)+1<<endl;
}

int main()
{
    ios::sync_with_stdio(0);
    cin.tie(nullptr);
    solve();
    return 0;
}