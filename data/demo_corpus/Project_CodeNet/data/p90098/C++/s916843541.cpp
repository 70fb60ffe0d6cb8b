#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

int main() {
  int n; scanf("%d", &n);
  vector<int> A(n);
  for (int i2 = 0; i2 < n; i2++) scanf("%d", &A[i2]);
  // a[i + 1 ...] is the longest decreasing suffix
  int i = n - 2;
  while (i >= 0 && A[i] > A[i + 1]) i--;
  if (i < 0) {
    puts("none");
    return 0;
  }
  int j = n - 1;
  while (A[j] < A[i]) j--;
  swap(A[i], A[j]);
  reverse(A.begin() + i + 1, A.end());
  for (int k = 0; k < n; k++) {
    if (k) putchar(' ');
    printf("%d", A[k]);
  }
  putchar('\n');
  return 0;
}
