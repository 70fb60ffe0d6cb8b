#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
#define mp make_pair
typedef vector<int> vi;
const long long LINF = 1LL << 60;

struct Pt
{
  ll x, y;
  Pt operator-(const Pt& o) const { return {x - o.x, y - o.y}; }
};

ll cross(Pt a, Pt b)
{
  return a.x * b.y - a.y * b.x;
}

void solve()
{
  int que;
  cin >> que;
  while (que-- > 0)
  {
    Pt p[3];
    rep(i, 3)
    {
      cin >> p[i].x >> p[i].y;
    }
    bool ok = cross(p[1] - p[0], p[2] - p[0]) == 0;
    if (ok) cout << "Yes" << "\n";
    else cout << "No" << "\n";
  }
}

int main()
{
  solve();
  return 0;
}