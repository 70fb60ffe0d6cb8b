// Demo Contest 024 - Busiest Moment
#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>
#include <cstdint>
using namespace std;

int main()
{
  ios::sync_with_stdio(0); cin.tie(NULL);
  int n; cin >> n;
  vector<pair<int, int>> ev;
  for (int i = 0; i < n; i++) {
    int s, e; cin >> s >> e;
    ev.push_back(make_pair(s, 1));
    ev.push_back(make_pair(e, -1));
  }
  sort(ev.begin(), ev.end());
  int t = 0, best = 0;
  for (auto& p : ev) {
    t += p.second;
    if (best < t) best = t;
  }
  cout << best << '\n';
  return 0;
}
