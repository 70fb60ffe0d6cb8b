#include <iostream>
#include <string>
#include <queue>
#include <utility>
using namespace std;

typedef long long ll;

int main() {
  ios::sync_with_stdio(0);
  int n, quantum; cin >> n >> quantum;
  queue<pair<string, int>> Q;
  for(int i = 0; i < n; ++i) {
    string name; cin >> name;
    int t; cin >> t;
    Q.push(make_pair(name, t));
  }
  ll now = 0;
  while(!Q.empty()) {
    auto cur = Q.front();
    Q.pop();
    if(cur.second <= quantum) {
      now += cur.second;
      cout << cur.first << " " << now << '\n';
    } else {
      now += quantum;
      cur.second -= quantum;
      Q.push(cur);
    }
  }
  return 0;
}