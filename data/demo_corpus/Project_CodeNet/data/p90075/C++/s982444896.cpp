#include<vector>
#include<utility>
#include<iostream>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
using P = pair<int, int>;
const int INF = 1e9;

int main() {
  int n, m; cin >> n >> m;
  vector<vector<int>> adj(n);
  rep(i, m) {
    int a, b; cin >> a >> b;
    a--;
    b--;
    adj[a].push_back(b);
    adj[b].push_back(a);
  }
  vector<int> d(n, -1), order;
  order.push_back(0);
  d[0] = 0;
  for (size_t h = 0; h < order.size(); h++) {
    int u = order[h];
    for (int w : adj[u]) {
      if (d[w] < 0) {
        d[w] = d[u] + 1;
        order.push_back(w);
      }
    }
  }
  rep(i, n) {
    cout << (d[i] + (d[i] > 1)) << endl;
  }
  return 0;
}
