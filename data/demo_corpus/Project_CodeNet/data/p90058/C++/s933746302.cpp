#include <iostream>
#include <string>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define fi first
#define se second
#define mp make_pair
using P=pair<int,int>;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main(){
    int Q;
    cin>>Q;
    rep(k,Q){
        ll n;
        cin>>n;
        ll total=0;
        for(ll d=1;d*d<=n;d++){
            if(n%d!=0)continue;
            if(d!=n)total+=d;
            ll e=n/d;
            if(e!=d&&e!=n)total+=e;
        }
        string kind=total==n?"perfect":(total<n?"deficient":"abundant");
        cout<<kind<<endl;
    }
    return 0;
}