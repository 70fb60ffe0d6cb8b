// 2020-09-18
#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef vector<int>vi;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main()
{
  int n;
  cin>>n;
  vector<ll>x(n),y(n);
  rep(i,n){
    cin>>x[i]>>y[i];
  }
  ll s=0;
  rep(i,n){
    int j=(i+1)%n;
    s+=x[i]*y[j]-x[j]*y[i];
  }
  cout<<(s<0?-s:s)<<'\n';
}