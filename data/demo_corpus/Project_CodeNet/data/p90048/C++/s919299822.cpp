// p90048
#include <iostream>
#include <vector>
#include <algorithm>
using namespace std;

int main() {
  int n;
  cin >> n;
  vector<int> s(n), e(n), idx(n);
  for(int i = 0; i < n; ++i) {
    cin >> s[i] >> e[i];
    idx[i] = i;
  }
  // greedy: always take the interval that ends first
  sort(idx.begin(), idx.end(), [&](int x, int y) { return e[x] < e[y]; });
  int answer = 0, end_time = 0;
  for(int i : idx) {
    if(s[i] >= end_time) {
      answer++;
      end_time = e[i];
    }
  }
  cout << answer << "\n";
}