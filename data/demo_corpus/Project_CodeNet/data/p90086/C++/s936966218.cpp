#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

#define se second
#define mp make_pair
typedef pair<int, int> pii;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main()
{
  ios::sync_with_stdio(0);
  cin.tie(0);
  int n; cin >> n;
  vector<pair<long long, int>> ev;
  for (int i = 0; i < n; i++)
  {
    long long l, r; cin >> l >> r;
    ev.push_back({l, 1});
    ev.push_back({r, -1});
  }
  sort(ev.begin(), ev.end());
  long long answer = 0;
  int depth = 0;
  for (int i = 0; i < (int)ev.size(); i++)
  {
    if (depth > 0) answer += ev[i].first - ev[i - 1].first;
    depth += ev[i].second;
  }
  cout << answer << "\n";
  return 0;
}
