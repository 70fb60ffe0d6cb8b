// author: u915635134
#include <cstdio>
#include <vector>
#include <utility>
using namespace std;

using ll=long long;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define rep(i,n) for(int i=0;i<(n);++i)
#define se second
using P=pair<int,int>;
typedef vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
#define endl '\n'

int main()
{
  int n;scanf("%d",&n);
  vector<vector<int>>vec(n,vector<int>(n,0));
  int dr[4]={0,1,0,-1},dc[4]={1,0,-1,0};
  int r=0,c=0,d=0;
  FOR(k,1,n*n+1)
  {
    vec[r][c]=k;
    int nr=r+dr[d],nc=c+dc[d];
    if(nr<0||nr>=n||nc<0||nc>=n||vec[nr][nc]!=0)
    {
      d=(d+1)%4;
      nr=r+dr[d];
      nc=c+dc[d];
    }
    r=nr;
    c=nc;
  }
  rep(i,n)
  {
    rep(j,n)
    {
      if(j>0)printf(" ");
      printf("%d",vec[i][j]);
    }
    putchar('\n');
  }
  return 0;
}
