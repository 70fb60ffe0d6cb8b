#include <iostream>
#include <cstdint>
using namespace std;

int popcount(int64_t val) {
   int tot = 0;
   while (val > 0) {
      val &= val - 1;
      tot++;
   }
   return tot;
}

void solve() {
   int qu; cin >> qu;
   while (qu--) {
      int64_t val; cin >> val;
      cout << popcount(val) << endl;
   }
}

int main() {
   ios::sync_with_stdio(0);
   cin.tie(nullptr);
   solve();
   return 0;
}
