#include <iostream>
#include <string>
#include <utility>
#include <cmath>
using namespace std;

typedef long long ll;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define se second
typedef pair<int,int>pii;
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

bool leap(int y)
{
    return(y%4==0&&y%100!=0)||y%400==0;
}

signed main()
{
    ios_base::sync_with_stdio(false);
    int y,m,d;cin>>y>>m>>d;
    const int mdays[12]={31,28,31,30,31,30,31,31,30,31,30,31};
    // days since Monday, 1 January of year 1
    ll days=0;
    FOR(yy,1,y){
        days+=leap(yy)?366:365;
    }
    FOR(mm,1,m){
        days+=mdays[mm-1];
        if(mm==2&&leap(y))days++;
    }
    days+=d-1;
    const string names[]={"Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"};
    cout<<names[days%7]<<endl;
    return 0;
}
