#include <iostream>
#include <vector>
#include <utility>
#include <string>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }
#define endl '\n'

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

void solve()
{
  int n;
  cin >> n;
  vector<bool> seen(n + 2, false);
  bool good = true;
  rep(i, n)
  {
    int X;
    cin >> X;
    if (X < 1 || X > n || seen[X])
    {
      good = false;
    }
    else
    {
      seen[X] = true;
    }
  }
  if (good) cout << "Yes" << endl;
  else cout << "No" << endl;
}

int main()
{
  solve();
  return 0;
}
