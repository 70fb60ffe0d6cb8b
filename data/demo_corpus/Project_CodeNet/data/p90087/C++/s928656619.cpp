// p90087
#include <bits/stdc++.h>
using namespace std;

#define REP(i, n) for (int i = 0; i < (n); ++i)

int main(){
  int H,W;
  scanf("%d %d",&H,&W);
  vector<string>t(H);
  REP(i,H){
    char buf[200005];
    scanf("%s",buf);
    string row=buf;
    t[i]=row;
  }
  vector<string>nxt=t;
  REP(i,H){
    REP(j,W){
      int alive=0;
      for(int di=-1;di<=1;di++){
        for(int dj=-1;dj<=1;dj++){
          if(di==0&&dj==0)continue;
          int r=i+di,c=j+dj;
          if(r>=0&&r<H&&c>=0&&c<W&&t[r][c]=='#')alive++;
        }
      }
      if(t[i][j]=='#'){
        nxt[i][j]=(alive==2||alive==3)?'#':'.';
      }else{
        nxt[i][j]=alive==3?'#':'.';
      }
    }
  }
  REP(i,H){
    printf("%s\n",nxt[i].c_str());
  }
  return 0;
}