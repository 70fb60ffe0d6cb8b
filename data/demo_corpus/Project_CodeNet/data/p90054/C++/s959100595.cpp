#include<bits/stdc++.h>

#define rep(i,n) for(int i=0;i<(n);++i)
template<class T,class U>inline void chmax(T&a,U b){if(a<b)a=b;}
template<class T,class U>bool chmin(T&a,const U&b){if(a>b){a=b;return true;}return false;}

signed main(){
    int n;
    std::cin>>n;
    int low=2000000000;
    int result=0;
    rep(i,n){
        int p;
        std::cin>>p;
        // sell today at the lowest price seen before
        chmax(result,p-low);
        chmin(low,p);
    }
    std::cout<<result<<'\n';
    return 0;
}
