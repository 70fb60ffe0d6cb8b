/*
 * Demo Contest 014 - Fair Split
 * 2018-11-14
 */
#include <bits/stdc++.h>
using namespace std;

typedef long long LL;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define mp make_pair
typedef pair<int,int>pii;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int n,k;
vector<LL>vec;

// can we split into at most k parts with every sum <= limit?
bool feasible(LL limit){
    int parts=1;
    LL t=0;
    REP(i,n){
        if(vec[i]>limit)return false;
        if(t+vec[i]>limit){
            parts++;
            t=0;
        }
        t+=vec[i];
    }
    return parts<=k;
}

int main(){
    scanf("%d %d",&n,&k);
    vec.resize(n);
    REP(j,n)scanf("%lld",&vec[j])
    LL lo=-1,hi=0;
    for(LL X:vec)hi+=X;
    while(hi-lo>1){
        LL mid=(lo+hi)/2;
        if(feasible(mid))hi=mid;
        else lo=mid;
    }
    printf("%lld\n",hi);
    return 0;
}
