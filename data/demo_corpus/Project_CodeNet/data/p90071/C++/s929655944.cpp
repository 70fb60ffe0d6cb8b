#include <iostream>
#include <map>
using namespace std;

int main() {
  ios::sync_with_stdio(0);
  int n; cin >> n;
  map<int, int> diff;
  for (int i = 0; i < n; i++) {
    int s, e; cin >> s >> e;
    diff[s]++;
    diff[e]--;
  }
  int cur = 0, hi = 0;
  for (auto& kv : diff) {
    cur += kv.second;
    if (hi < cur) hi = cur;
  }
  cout << hi << "\n";
  return 0;
}