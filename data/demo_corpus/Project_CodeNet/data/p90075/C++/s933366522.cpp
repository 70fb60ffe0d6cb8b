// Hops
#include <cstdio>
#include <cstdlib>
#include <queue>
#include <utility>
#include <vector>
using namespace std;

#define se second
#define mp make_pair
using P = pair<int, int>;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main()
{
  int n, m;
  scanf("%d %d", &n, &m);
  vector<vector<int>> G(n + 1);
  for (int i = 0; i < m; i++)
  {
    int u, v;
    scanf("%d %d", &u, &v);
    G[u].push_back(v);
    G[v].push_back(u);
  }
  vector<int> D(n + 1, -1);
  queue<int> q;
  D[1] = 0;
  q.push(1);
  while (!q.empty())
  {
    int u = q.front();
    q.pop();
    for (int w : G[u])
    {
      if (D[w] == -1)
      {
        D[w] = D[u] + 1;
        q.push(w);
      }
    }
  }
  for (int i = 1; i < n + 1; i++)
  {
    printf("%d\n", D[i]);
  }
  return 0;
}
