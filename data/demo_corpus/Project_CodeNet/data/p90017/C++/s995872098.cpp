// 2016-05-12
#include <bits/stdc++.h>

#define ll long long
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define fi first
#define se second
#define mp make_pair
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
    int n;
    std::cin>>n;
    ll k;
    std::cin>>k;
    std::vector<ll>prefix(n+1,0);
    rep(i,n){
        ll X;
        std::cin>>X;
        prefix[i+1]=prefix[i]+X;
    }
    ll res=0;
    for(int j=1;j<=n;j++){
        int i=std::lower_bound(prefix.begin(),prefix.begin()+j,prefix[j]-k)-prefix.begin();
        res+=j-i;
    }
    std::cout<<res<<"\n";
    return 0;
}
