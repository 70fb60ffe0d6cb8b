// author: u983475046
#include <iostream>
#include <vector>
#include <set>
#include <utility>
#include <cstdlib>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define se second
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main()
{
  int n, m; cin >> n >> m;
  vector<vector<int>> edge(n);
  vector<int> indeg(n);
  rep(i, m)
  {
    int u, v; cin >> u >> v;
    edge[u].push_back(v);
    indeg[v]++;
  }
  set<int> ready;
  rep(i, n)
  {
    if (!indeg[i]) ready.insert(i);
  }
  bool first = true;
  while (!ready.empty())
  {
    int u = *ready.begin();
    ready.erase(u);
    if (!first)
    {
      cout << " ";
    }
    first = false;
    cout << u;
    for (int v : edge[u])
    {
      indeg[v]--;
      if (indeg[v] == 0) ready.insert(v);
    }
  }
  cout << endl;
  return 0;
}