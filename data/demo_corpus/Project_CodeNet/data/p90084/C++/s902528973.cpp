// Rain Water
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

void solve() {
  int n;
  scanf("%d", &n);
  vector<ll> h(n);
  rep(j, n) scanf("%lld", &h[j]);
  stack<int> S;
  ll result = 0;
  rep(i, n) {
    while(!S.empty() && h[S.top()] < h[i]) {
      int bottom = S.top();
      S.pop();
      if(S.empty()) break;
      int l = S.top();
      ll width = i - l - 1;
      ll height = min(h[l], h[i]) - h[bottom];
      result += width * height;
    }
    S.push(i);
  }
  printf("%lld\n", result);
}

int main() {
  solve();
  return 0;
}