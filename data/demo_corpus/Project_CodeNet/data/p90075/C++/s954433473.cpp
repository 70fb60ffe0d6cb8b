#include <cstdio>
#include <vector>
using std::vector;

int main(void) {
  int n, m;
  scanf("%d %d", &n, &m);
  std::vector<std::vector<int>> adj(n);
  for(int i = 0; i < m; i++) {
    int a, b;
    scanf("%d %d", &a, &b);
    a--;
    b--;
    adj[a].push_back(b);
    adj[b].push_back(a);
  }
  std::vector<int> d(n, -1), order;
  order.push_back(0);
  d[0] = 0;
  for(size_t h = 0; h < order.size(); h++) {
    int u = order[h];
    for(int w : adj[u]) {
      if(d[w] < 0) {
        d[w] = d[u] + 1;
        order.push_back(w);
      }
    }
  }
  for(int i = 0; i < n; i++) {
    printf("%d\n", d.at(i + 1));
  }
  return 0;
}