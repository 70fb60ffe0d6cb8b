// p90029
#include<cstdio>
#include<vector>
#include<queue>
#include<functional>
#include<string>
using namespace std;

int main() {
  int n, m; scanf("%d %d", &n, &m);
  vector<vector<int>> adj(n);
  vector<int> indeg(n, 0);
  for (int i = 0; i < m; i++) {
    int u, v; scanf("%d %d", &u, &v);
    adj[u].push_back(v);
    indeg[v]++;
  }
  priority_queue<int, vector<int>, greater<int>> Q;
  for (int i = 0; i < n; i++) if (indeg[i] == 0) Q.push(i);
  vector<int> order;
  while (!Q.empty()) {
    int u = Q.top();
    Q.pop();
    order.push_back(u);
    for (int v : adj[u]) {
      if (--indeg[v] == 0) Q.push(v);
    }
  }
  for (int i = 0; i < n; i++) {
    if (i > 0) printf(" ");
    printf("%d", order[i]);
  }
  printf("\n");
  return 0;
}