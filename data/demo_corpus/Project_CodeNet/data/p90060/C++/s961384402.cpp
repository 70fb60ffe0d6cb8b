/*
 * Days Between Dates
 * 2020-10-19
 */
#include <iostream>
#include <string>
using namespace std;

#define ll long long

bool is_leap(int y){
    return y%400==0||(y%4==0&&y%100!=0);
}

int day_of_year(int y,int m,int d){
    static const int len[]={31,28,31,30,31,30,31,31,30,31,30,31};
    int r=d;
    for(int i=0;i<m-1;i++)r+=len[i];
    if(m>2&&is_leap(y))r++;
    return r;
}

void solve(){
    int y1,m1,d1,y2,m2,d2;
    cin>>y1>>m1>>d1>>y2>>m2>>d2;
    ll ans=day_of_year(y2,m2,d2)-day_of_year(y1,m1,d1);
    for(int y=y1;y<y2;y++){
        ans+=is_leap(y)?366:365;
    }
    cout<<ans<<'\n';
}

int main(){
    solve();
    return 0;
}
