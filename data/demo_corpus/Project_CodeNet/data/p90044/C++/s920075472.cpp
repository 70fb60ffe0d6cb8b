// Demo Contest 015 - Josephus
#include <bits/stdc++.h>
using namespace std;

#define REP(i, n) for (int i = 0; i < (n); ++i)

void solve() {
  int n, k; cin >> n >> k;
  queue<int> qu;
  for (int i = 1; i <= n; i++) qu.push(i);
  while (qu.size() > 1) {
    REP(i, k - 1) {
      qu.push(qu.front());
      qu.pop();
    }
    qu.pop();
  }
  cout << qu.front() << '\n';
}

int main() {
  ios::sync_with_stdio(false); cin.tie(0);
  solve();
  return 0;
}
