#include<bits/stdc++.h>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define fi first
#define se second
#define mp make_pair
using P=std::pair<int,int>;
const int INF=1e9;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

char mine[102][102];

void solve(){
   int H,W;
   std::cin>>H>>W;
   rep(i,H){
      std::string s;
      std::cin>>s;
      rep(j,W)mine[i+1][j+1]=s[j];
   }
   const int d8[8][2]={{-1,-1},{-1,0},{-1,1},{0,-1},{0,1},{1,-1},{1,0},{1,1}};
   FOR(i,1,H+1){
      FOR(j,1,W+1){
         if(mine[i][j]=='*'){
            std::cout<<'*';
            continue;
         }
         int n=0;
         for(auto&d:d8)n+=mine[i+d[0]][j+d[1]]=='*';
         std::cout<<n;
      }
      std::cout<<std::endl;
   }
}

int main(){
   solve();
   return 0;
}