#include <cstdio>
#include <string>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

#define pb push_back
#define fi first
#define se second
#define mp make_pair
using P = pair<int, int>;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

void solve() {
   nit n; scanf("%d", &n);
   vector<pair<int, string>> v(n);
   for (int i = 0; i < n; i++) {
      char buf[16];
      scanf("%s", buf);
      string name = buf;
      int score; scanf("%d", &score);
      v[i] = make_pair(-score, name);
   }
   sort(v.begin(), v.end());
   for (int i = 0; i < n; i++) {
      printf("%s %d\n", v[i].second.c_str(), -v[i].first);
   }
}

int main() {
   solve();
   return 0;
}