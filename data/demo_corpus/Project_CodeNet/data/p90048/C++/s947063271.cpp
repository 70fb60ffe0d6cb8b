#include <iostream>
#include <vector>
#include <algorithm>
using std::vector;

typedef long long ll;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main(void) {
  int n;
  std::cin >> n;
  std::vector<int> s(n), e(n), idx(n);
  for(int i = 0; i < n; i++) {
    std::cin >> s[i] >> e[i];
    idx[i] = i;
  }
  sort(idx.begin(), idx.end(), [&](int x, int y) { return e[x] < e[y]; });
  int ret = 0, end_time = 0;
  for(int i : idx) {
    if(s[i] >= end_time) {
      ret++;
      end_time = e[i];
    }
  }
  std::cout << ret << std::endl;
  return 0;
}