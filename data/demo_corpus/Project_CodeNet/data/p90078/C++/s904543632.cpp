// p90078
#include <cstdio>
#include <vector>
#include <cstdlib>
#include <algorithm>
using namespace std;

void solve() {
   int n; scanf("%d", &n);
   vector<int> h(n);
   for (int j = 0; j < n; j++) scanf("%d", &h[j]);
   vector<int> DP(n, 0);
   for (int i = 1; i < n; i++) {
      DP[i] = DP[i - 1] + abs(h[i] - h[i - 1]);
      if (i > 1) {
         if (DP[i] > DP[i - 2] + abs(h[i] - h[i - 2])) DP[i] = DP[i - 2] + abs(h[i] - h[i - 2]);
      }
   }
   printf("%d\n", DP[n - 1]);
}

int main(int argc, char* argv[]) {
   solve();
   return 0;
}