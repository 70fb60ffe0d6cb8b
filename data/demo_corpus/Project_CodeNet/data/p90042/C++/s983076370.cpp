// 2019-04-18
#include <bits/stdc++.h>
using namespace std;

const int N=1005;
long long S[N][N];

void solve(){
  int H,W,Q;
  scanf("%d %d %d",&H,&W,&Q);
  for(int i=1;i<=H;i++){
    for(int j=1;j<=W;j++){
      scanf("%lld",&S[i][j]);
      S[i][j]+=S[i-1][j]+S[i][j-1]-S[i-1][j-1];
    }
  }
  for(int k=0;k<Q;k++){
    int a,b,c,d;
    scanf("%d %d %d %d",&a,&b,&c,&d);
    printf("%lld\n",S[c][d]-S[a-1][d]-S[c][b-1]+S[a-1][b-1]);
  }
}

int main(){
  solve();
  return 0;
}