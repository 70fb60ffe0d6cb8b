#include <cstdio>
#include <string>
#include <vector>
using std::vector;

#define ll long long
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define se second
#define mp make_pair
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
  int q; scanf("%d", &q);
  std::vector<int> stk;
  REP(i, q) {
    char buf[8];
    scanf("%s", buf);
    std::string cmd = buf;
    if (cmd == "push") {
      int val; scanf("%d", &val);
      stk.push_back(val);
    }
    else if (cmd == "pop") {
      if (!stk.empty()) stk.pop_back();
    }
    else {
      if (stk.empty()) {
        puts("empty");
      }
      else {
        printf("%d\n", stk.back());
      }
    }
  }