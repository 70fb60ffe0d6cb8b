#include <vector>
#include <string>
#include <iostream>
using namespace std;

typedef long long ll;

int main()
{
    ios::sync_with_stdio(0);
    cin.tie(NULL);
    int Q;
    cin>>Q;
    for(int k=0;k<Q;++k){
        ll n;
        cin>>n;
        ll sum=0;
        for(ll d=1;d*d<=n;d++){
            if(n%d!=0)continue;
            if(d!=n)sum+=d;
            ll e=n/d;
            if(e!=d&&e!=n)sum+=e;
        }
        string kind=sum==n?"perfect":(sum<n?"deficient":"abundant");
        cout<<kind<<'\n';
    }
    return 0;
}
