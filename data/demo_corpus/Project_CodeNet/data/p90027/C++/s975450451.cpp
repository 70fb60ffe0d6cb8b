#include <cstdio>
#include <vector>
#include <cstring>
using namespace std;

#define rep(i, n) for (int i = 0; i < (n); ++i)

int n;
vector<int> coins;
int memo[100005];

int best(int val) {
  if (val == 0) return 0;
  if (memo[val] != -2) return memo[val];
  int res = -1;
  for (int c : coins) {
    if (c > val) continue;
    int sub = best(val - c);
    if (sub >= 0 && (res < 0 || sub + 1 < res)) res = sub + 1;
  }
  return memo[val] = res;
}

void solve() {
  int N, val; scanf("%d %d", &N, &val);
  n = N;
  coins.resize(n);
  rep(j, n) scanf("%d", &coins[j]);
  rep(i, val + 1) memo[i] = -2;
  // fill bottom-up so the recursion stays shallow
  rep(i, val + 1) best(i);
  printf("%d\n", best(val));
}

int main() {
  solve();
  return 0;
}
