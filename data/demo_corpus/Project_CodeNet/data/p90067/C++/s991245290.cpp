#include <iostream>
#include <vector>
#include <deque>
using namespace std;

int main(int argc, char* argv[]) {
  int n, k;
  cin >> n >> k;
  vector<int> v(n);
  for (int j = 0; j < n; ++j) cin >> v[j];
  deque<int> dq;
  vector<int> ret;
  for (int i = 0; i < n; ++i) {
    while (!dq.empty() && v[dq.back()] <= v[i]) dq.pop_back();
    dq.push_back(i);
    if (dq.front() <= i - k) dq.pop_front();
    if (i >= k - 1) ret.push_back(v[dq.front()]);
  }
  for (int i = 0; i < (int)ret.size(); ++i) {
    if (i) cout << ' ';
    cout << ret[i];
  }
  cout << endl;
  return 0;
}