// author: u997501124
#include <bits/stdc++.h>
using namespace std;

vector<vector<int>> ch;
vector<int> sz;

int dfs(int v) {
  sz[v] = 1;
  for (int c : ch[v]) {
    sz[v] += dfs(c);
  }
  return sz[v];
}

void solve() {
  int n;
  cin >> n;
  ch.resize(n + 1);
  sz.assign(n + 1, 0);
  for (int i = 2; i < n + 1; i++) {
    int p;
    cin >> p;
    ch[p].push_back(i);
  }
  dfs(1);
  for (int i = 1; i < n + 1; i++) {
    if (i - 1) cout << ' ';
    cout << sz[i];
  }
  cout << endl;
}

int main(void) {
  ios::sync_with_stdio(0);
  solve();
  return 0;
}