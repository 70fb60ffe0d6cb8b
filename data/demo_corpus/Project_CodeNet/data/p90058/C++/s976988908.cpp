// author: u999581178
#include <cmath>
#include <iostream>
using namespace std;

typedef long long ll;

struct FastIO{FastIO(){ios::sync_with_stdio(0);cin.tie(0);}}fastio_;

ll divisor_sum(ll n){
    if(n==1)return 0;
    ll s=1;
    for(ll d=2;d*d<=n;d++){
        if(n%d==0){
            s+=d;
            if(d!=n/d)s+=n/d;
        }
    }
    return s;
}

void solve(){
    int qu;
    cin>>qu;
    while(qu--){
        ll n;
        cin>>n;
        ll s=divisor_sum(n);
        if(s==n){
            cout<<"perfect"<<endl;
        }else if(s>n){
            cout<<"deficient"<<endl;
        }else{
            cout<<"abundant"<<endl;
        }
    }
}

int main(){
    solve();
    return 0;
}
