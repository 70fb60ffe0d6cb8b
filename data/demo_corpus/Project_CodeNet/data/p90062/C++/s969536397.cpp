// author: u902300553
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)

int main(){
    int n;cin>>n;
    vector<pair<ll,ll>>pts(n);
    for(auto&p:pts){
        cin>>p.first>>p.second;
    }
    ll twice=0;
    rep(i,n){
        auto[x1,y1]=pts[i];
        auto[x2,y2]=pts[(i+1)%n];
        twice+=(x2-x1)*(y2+y1);
    }
    cout<<abs(twice)<<'\n';
    return 0;
}