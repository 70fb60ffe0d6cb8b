// p90027
#include <bits/stdc++.h>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define fi first
#define se second
#define mp make_pair
typedef std::vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main()
{
  int n, x;
  std::cin >> n >> x;
  std::vector<int> c(n);
  rep(i, n) std::cin >> c[i];
  // BFS over amounts: the first time x is reached uses the fewest coins
  std::vector<int> dist(x + 1, -1);
  std::queue<int> q;
  dist[0] = 0;
  q.push(0);
  while (!q.empty())
  {
    int v = q.front();
    q.pop();
    for (int coin : c)
    {
      int w = v + coin;
      if (w <= x && dist[w] == -1)
      {
        dist[w] = dist[v] + 1;
        q.push(w);
      }
    }
  }
  std::cout << dist[x] << '\n';
}
