#include<cstdio>
#include<string>
#include<map>

void solve() {
  int n;
  scanf("%d", &n);
  std::map<std::string, int> counter;
  for (int i = 0; i < n; i++) {
    char buf[32];
    scanf("%s", buf);
    std::string w = buf;
    counter[w]++;
  }
  std::string best;
  int mx = 0;
  // map iterates in lexicographic order, so the first maximum wins ties
  for (auto& kv : counter) {
    if (kv.second > mx) {
      mx = kv.second;
      best = kv.first;
    }
  }
  printf("%s %d\n", best.c_str(), mx);
}

int main(void) {
  solve();
  return 0;
}
