/*
 * Demo Contest 013 - Triangle Area
 * 2019-02-23
 */
#include <bits/stdc++.h>

typedef long long ll;
#define pb push_back
#define fi first
#define se second
typedef std::vector<int>vi;
const int INF=1e9;
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
    int a,b,c;
    std::cin>>a>>b>>c;
    if(a+b<=c||b+c<=a||a+c<=b){
        std::cout<<-1<<std::endl;
        return 0;
    }
    double s=(a+b+c)/2.0;
    double area=sqrt(s*(s-a)*(s-b)*(s-c));
    std::cout<<std::fixed<<std::setprecision(6)<<area<<std::endl;
    return 0;
}
