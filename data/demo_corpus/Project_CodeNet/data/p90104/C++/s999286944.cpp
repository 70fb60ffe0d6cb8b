// 2022-05-26
#include <iostream>
#include <numeric>
using namespace std;

#define ll long long
#define se second
#define mp make_pair
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
#define endl '\n'

struct FastIO{FastIO(){ios::sync_with_stdio(false);cin.tie(0);}}fastio_;

int main(){
   ll x1,y1,x2,y2;
   cin>>x1>>y1>>x2>>y2;
   ll dx=x2-x1,dy=y2-y1;
   if(dx<0)dx=-dx;
   if(dy<0)dy=-dy;
   ll steps=gcd(dx,dy);
   cout<<steps+1<<"\n";
}
