/*
 * Demo Contest 010 - Topological Order
 * 2017-06-14
 */
#include <bits/stdc++.h>
using namespace std;

int main()
{
  ios::sync_with_stdio(0); cin.tie(NULL);
  int n, m; cin >> n >> m;
  vector<vector<int>> G(n);
  vector<int> indeg(n);
  for(int i = 0; i < m; i++) {
    int u, v; cin >> u >> v;
    G[u].push_back(v);
    indeg[v]++;
  }
  set<int> ready;
  for(int i = 0; i < n; i++) {
    if(!indeg[i]) ready.insert(i);
  }
  bool first = true;
  while(!ready.empty()) {
    int u = *ready.begin();
    ready.erase(u);
    if(!first) {
      cout << " ";
    }
    first = false;
    cout << u;
    for(int v : G[u]) {
      indeg[v]--;
      if(indeg[v] == 0) ready.insert(v);
    }
  }
  cout << endl;
}
