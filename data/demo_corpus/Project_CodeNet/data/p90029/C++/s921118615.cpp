#include <cstdio>
#include <vector>
#include <set>
using namespace std;

int main()
{
  int n,m;
  scanf("%d %d",&n,&m);
  vector<vector<int>>adj(n);
  vector<int>indeg(n);
  for(int i=0;i<m;i++)
  {
    int u,v;
    scanf("%d %d",&u,&v);
    adj[u].push_back(v);
    indeg[v]++;
  }
  set<int>ready;
  for(int i=0;i<n;i++)
  {
    if(!indeg[i])ready.insert(i);
  }
  bool first=true;
  while(!ready.empty())
  {
    int u=*ready.begin();
    ready.erase(u);
    if(!first)
    {
      printf(" ");
    }
    first=false;
    printf("%d",u);
    for(int v:adj[u])
    {
      indeg[v]--;
      if(indeg[v]==0)ready.insert(v);
    }
  }
  putchar('\n');
}