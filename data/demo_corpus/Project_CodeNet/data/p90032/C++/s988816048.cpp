// author: u992141133
#include <utility>
#include <iostream>
#include <cmath>
#include <bitset>
#include <cstdlib>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define fi first
#define se second
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
#define endl '\n'

void solve()
{
  int n, s; cin >> n >> s;
  bitset<2000001> reach;
  reach[0] = 1;
  rep(i, n)
  {
    int x; cin >> x;
    reach |= reach << x;
  }
  if (reach[s]) cout << "Yes" << endl;
  else cout << "No" << endl;
}

int main()
{
  ios::sync_with_stdio(false);
  cin.tie(NULL);
  solve();
  return 0;
}