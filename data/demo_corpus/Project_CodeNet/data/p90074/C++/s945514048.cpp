// Demo Contest 025 - Largest Room
#include <cstdio>
#include <string>
#include <vector>
#include <utility>
using namespace std;

typedef long long LL;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define pb push_back
#define fi first
#define se second
#define mp make_pair
using P=pair<int,int>;
const long long LINF=1LL<<60;

int H,W;
vector<string>grid;

// cells reachable from (r, c), walled up as they are counted
int fill_from(int r,int c){
   if(r<0||r>=H||c<0||c>=W||grid[r][c]!='.')return 0;
   grid[r][c]='#';
   return 1+fill_from(r+1,c)+fill_from(r,c+1)+fill_from(r-1,c)+fill_from(r,c-1);
}

int main(){
   scanf("%d %d",&H,&W);
   grid.resize(H);
   REP(i,H){
      char buf[200005];
      scanf("%s",buf);
      string row=buf;
      grid[i]=row;
   }
   int best=0;
   REP(i,H)REP(j,W){
      int got=fill_from(i,j);
      if(best<got)best=got;
   }
   printf("%d\n",best);
   return 0;
}