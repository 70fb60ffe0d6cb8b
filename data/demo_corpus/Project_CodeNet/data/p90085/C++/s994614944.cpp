#include <bits/stdc++.h>
using std::cin;
using std::vector;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)

int main()
{
  std::ios::sync_with_stdio(0);
  std::cin.tie(NULL);
  int n;
  std::cin >> n;
  std::vector<ll> h(n + 1, 0);
  rep(i, n)
  {
    std::cin >> h[i];
  }
  std::stack<int> stack_;
  ll best = 0;
  rep(i, n + 1)
  {
    while (!stack_.empty() && h[stack_.top()] >= h[i])
    {
      ll height = h[stack_.top()];
      stack_.pop();
      int from = stack_.empty() ? -1 : stack_.top();
      best = std::max(best, height * (i - from - 1));
    }
    stack_.push(i);
  }
  std::cout << best << "\n";
}