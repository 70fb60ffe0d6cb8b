#include <cstdio>
#include <string>
#include <queue>
#include <utility>
#include <vector>

#define ll long long
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define fi first
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
  int n, quantum; scanf("%d %d", &n, &quantum);
  std::queue<std::pair<std::string, int>> que;
  rep(i, n) {
    char buf[16];
    scanf("%s", buf);
    std::string name = buf;
    int t; scanf("%d", &t);
    que.push(std::make_pair(name, t));
  }
  ll now = 0;
  while (!que.empty()) {
    auto cur = que.front();
    que.pop();
    if (cur.second <= quantum) {
      now += cur.second;
      printf("%s %lld\n", cur.first.c_str(), now);
    } else {
      now += quantum;
      cur.second -= quantum;
      que.push(cur)
    }
  }
  return 0;
}
