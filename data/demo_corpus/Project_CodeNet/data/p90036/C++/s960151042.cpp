// Leap Years
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#define ll long long
#define pb push_back
#define se second
typedef std::pair<int,int>pii;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

bool is_leap(ll y){
    if(y%400==0)return true;
    if(y%100==0)return false;
    return y%4==0;
}

int main(){
    ll a,b;
    scanf("%lld %lld",&a,&b);
    ll cnt=0;
    for(ll y=a;y<=b;y++){
        if(is_leap(y))cnt++;
    }
    printf("%lld\n",cnt);
    return 0;
}