#include <cstdint>
#include <iostream>
#include <queue>
#include <string>
#include <utility>
#include <vector>
using namespace std;

int main() {
  int n, quantum;
  cin >> n >> quantum;
  queue<pair<string, int>> Q;
  for (int i = 0; i < n; i++) {
    string name;
    cin >> name;
    int t;
    cin >> t;
    Q.push(make_pair(name, t));
  }
  int64_t now = 0;
  while (!Q.empty()) {
    auto tmp = Q.front();
    Q.pop();
    if (tmp.second <= quantum) {
      now += tmp.second;
      cout << tmp.first << ' ' << now << endl;
    } else {
      now += quantum;
      tmp.second -= quantum;
      Q.push(tmp);
    }
  }
  return 0;
}
