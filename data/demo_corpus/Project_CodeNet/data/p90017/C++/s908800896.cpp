#include <iostream>
#include <vector>

int main() {
   int n;
   std::cin >> n;
   long long k;
   std::cin >> k;
   std::vector<long long> arr(n);
   for (auto& x : arr) std::cin >> x;
   long long result = 0, s = 0;
   int left = 0;
   // window [left, right] with sum <= k
   for (int right = 0; right < n; right++) {
      s += arr[right];
      while (left <= right && s > k) {
         s -= arr[left];
         left++;
      }
      result += right - left + 1;
   }
   std::cout << result << std::endl;
   return 0;
}