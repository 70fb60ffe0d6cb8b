#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define pb push_back
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main()
{
  ios::sync_with_stdio(false);
  cin.tie(NULL);
  int n, m;
  cin >> n >> m;
  vector<vector<int>> graph(n);
  vector<int> indeg(n);
  REP(i, m) {
    int u, v;
    cin >> u >> v;
    graph[u].push_back(v);
    indeg[v]++;
  }
  set<int> ready;
  REP(i, n) {
    if (!indeg[i]) ready.insert(i);
  }
  bool first = true;
  while (!ready.empty()) {
    int u = *ready.begin();
    ready.erase(u);
    if (!first) {
      cout << " ";
    }
    first = false;
    cout << u;
    for (int v : graph[u]) {
      indeg[v]--;
      if (indeg[v] == 0) ready.insert(v);
    }
  }
  cout << "\n";
  return 0;
}
