// p90046
#include <cstdio>
#include <vector>
#include <numeric>
#include <utility>
#include <cstdlib>
using namespace std;

using ll = long long;
#define all(x) (x).begin(), (x).end()
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;

// vertex v is "v is color 0", vertex v + n is "v is color 1"
vector<int> p;

int root(int X)
{
  while (p[X] != X) X = p[X] = p[p[X]];
  return X;
}

void solve()
{
  int n, m;
  scanf("%d%d", &n, &m);
  p.resize(2 * n);
  iota(all(p), 0);
  rep(i, m) {
    int u, v;
    scanf("%d%d", &u, &v);
    p[root(u)] = root(v + n);
    p[root(u + n)] = root(v);
  }
  bool flag = true;
  rep(v, n) {
    if (root(v) == root(v + n)) flag = false;
  }
  if (flag) printf("Yes\n");
  else printf("No\n");
}

int main()
{
  solve();
  return 0;
}