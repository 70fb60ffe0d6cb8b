#include <cstdlib>
#include <deque>
#include <string>
#include <cstdio>
using namespace std;

using ll = long long;
#define rep(i,n) for(int i=0;i<(n);++i)

void solve() {
  int n, quantum;
  scanf("%d %d", &n, &quantum);
  deque<string> names;
  deque<int> times;
  rep(i, n) {
    char buf[16];
    scanf("%s", buf);
    string name = buf;
    int t;
    scanf("%d", &t);
    names.push_back(name);
    times.push_back(t);
  }
  ll clock_ = 0;
  while (!names.empty()) {
    string name = names.front();
    int t = times.front();
    names.pop_front();
    times.pop_front();
    if (t > quantum) {
      clock_ += quantum;
      names.push_back(name);
      times.push_back(t - quantum);
      continue;
    }
    clock_ += t;
    printf("%s %lld\n", name.c_str(), clock_);
  }
}

int main() {
  solve();
  return 0;
}