// Demo Contest 008 - Backwards
#include <vector>
#include <algorithm>
#include <iostream>
#include <cstdlib>
#include <string>
#include <utility>

typedef long long ll;
typedef std::pair<int, int> pii;
typedef std::vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

void solve() {
  int n;
  std::cin >> n;
  std::string line;
  for (int i = 0; i < n; ++i) {
    std::string w;
    std::cin >> w;
    if (i > 0) line += ' ';
    line += w;
  }
  // reversing the whole line reverses the order and every word at once
  std::reverse(line.begin(), line.end() - 1);
  std::cout << line << std::endl;
}

int main(int argc, char* argv[]) {
  solve();
  return 0;
}