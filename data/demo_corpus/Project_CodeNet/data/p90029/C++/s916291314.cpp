// p90029
#include<cstdio>
#include<vector>
#include<queue>
#include<functional>
using namespace std;

int main()
{
  int n, m;
  scanf("%d %d", &n, &m);
  vector<vector<int>> G(n);
  vector<int> indeg(n, 0);
  for(int i = 0; i < m; i++) {
    int u, v;
    scanf("%d %d", &u, &v);
    G[u].push_back(v);
    indeg[v]++;
  }
  priority_queue<int, vector<int>, greater<int>> qu;
  for(int i = 0; i < n; i++) if(indeg[i] == 0) qu.push(i);
  vector<int> order;
  while(!qu.empty()) {
    int u = qu.top();
    qu.pop();
    order.push_back(u);
    for(int v : G[u]) {
      if(--indeg[v] == 0) qu.push(v);
    }
  }
  for(int i = 0; i < n; i++) {
    if(i) putchar(' ');
    printf("%d", order[i]);
  }
  printf("\n");
  return 0;
}