#include <algorithm>
#include <iostream>
#include <vector>

int n, k;
std::vector<long long> arr;

bool feasible(long long limit) {
   int parts = 1;
   long long t = 0;
   for (int i = 0; i < n; i++) {
      if (arr[i] > limit) return false;
      if (t + arr[i] > limit) {
         parts++;
         t = 0;
      }
      t += arr[i];
   }
   return parts <= k;
}

int main() {
   std::cin >> n >> k;
   arr.resize(n);
   for (auto& x : arr) std::cin >> x;
   long long lo = -1, hi = 0;
   for (long long v : arr) hi += v;
   while (hi - lo > 1) {
      long long mid = (lo + hi) / 2;
      if (feasible(mid)) hi = mid;
      else lo = mid;
   }
   std::cout << hi << '\n';
   return 0;
}