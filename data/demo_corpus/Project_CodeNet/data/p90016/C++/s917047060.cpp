#include <utility>
#include <map>
#include <cstdio>
#include <string>

void solve()
{
  char buf[200005];
  scanf("%s",buf);
  std::string s=buf;
  std::map<char,std::pair<int,int>>delta;
  delta['U']={0,1};
  delta['D']={0,-1};
  delta['L']={-1,0};
  delta['R']={1,0};
  int x=0,y=0;
  for(size_t i=0;i<s.size();i++){
    x+=delta[s[i]].first;
    y+=delta[s[i]].second;
  }
  printf("%d %d\n",x,y);
}

int main()
{
  solve();
  return 0;
}
