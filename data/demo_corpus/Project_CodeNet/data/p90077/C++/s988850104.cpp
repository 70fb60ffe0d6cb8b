#include <bits/stdc++.h>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
#define se second
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main() {
  int n; cin >> n;
  ll take = 0, skip = 0;
  rep(i, n) {
    ll v; cin >> v;
    ll nt = skip + v;
    ll ns = take > skip ? take : skip;
    take = nt;
    skip = ns;
  }
  cout << (take > skip ? take : skip) << '\n';
}