#include <cstdio>
#include <vector>

signed main() {
   int n;
   scanf("%d", &n);
   std::vector<int> vec(n);
   for (int j = 0; j < n; ++j) scanf("%d", &vec[j]);
   std::vector<int> res(n, -1);
   std::vector<int> waiting;  // indices still looking for a greater element
   for (int i = 0; i < n; ++i) {
      while (!waiting.empty() && vec[waiting.back()] < vec[i]) {
         res[waiting.back()] = vec[i];
         waiting.pop_back();
      }
      waiting.push_back(i);
   }
   for (int i = 0; i < n; ++i) {
      if (i) putchar(' ');
      printf("%d", res[i]);
   }
   printf("\n");
   return 0;
}
