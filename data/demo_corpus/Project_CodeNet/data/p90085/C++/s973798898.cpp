// Demo Contest 029 - Largest Rectangle
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(nullptr); } } fastio_;

int main() {
  int n;
  cin >> n;
  vector<ll> h(n + 1, 0);
  rep(i, n) {
    cin >> h[i];
  }
  // the bar of height 0 at the end empties the stack
  stack<int> stack_;
  ll best = 0;
  rep(i, n + 1) {
    while (!stack_.empty() && h[stack_.top()] >= h[i]) {
      ll height = h[stack_.top()];
      stack_.pop();
      int from = stack_.empty() ? -1 : stack_.top();
      best = max(best, height * (i - from - 1));
    }
    stack_.push(i);
  }
  cout << best << '\n';
  return 0;
}