// Coin Change
#include<bits/stdc++.h>
using namespace std;

#define rep(i, n) for (int i = 0; i < (int)(n); i++)
template <class T, class U> bool chmin(T& a, const U& b) { if(a > b) { a = b; return true; } return false; }

void solve()
{
  int n, val;
  cin >> n >> val;
  vector<int> c(n);
  for(auto& x : c) cin >> x;
  const int INF = 1e9;
  vector<int> tbl(val + 1, INF);
  tbl[0] = 0;
  for(int v = 1; v <= val; v++) {
    rep(i, n) {
      if(c[i] <= v && tbl[v - c[i]] != INF) {
        chmin(tbl[v], tbl[v - c[i]] + 1);
      }
    }
  }
  cout << (tbl[val] == INF ? -1 : tbl[val]) << endl;
}

int main()
{
  solve();
  return 0;
}
