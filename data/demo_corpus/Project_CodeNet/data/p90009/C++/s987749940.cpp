#include <cstdio>
#include <string>
#include <algorithm>
using namespace std;

static int memo[3005][3005];

int main(){
  char buf[3005];
  scanf("%s",buf);
  string s=buf;
  char tmp[3005];
  scanf("%s",tmp);
  string t=tmp;
  int n=s.length(),m=t.length();
  for(int i=1;i<=n;i++){
    for(int j=1;j<=m;j++){
      if(s[i-1]==t[j-1])memo[i][j]=memo[i-1][j-1]+1;
      else memo[i][j]=max(memo[i-1][j],memo[i][j-1]);
    }
  }
  printf("%d\n",memo[n][m]);
}