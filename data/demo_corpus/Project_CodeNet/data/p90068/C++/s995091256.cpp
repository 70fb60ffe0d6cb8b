#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

int main()
{
  int n, que; scanf("%d%d", &n, &que);
  vector<int> vec(n + 1);
  for (int i = 1; i < n + 1; ++i) {
    scanf("%d", &vec[i]);
  }
  while (que--) {
    int l, r; scanf("%d%d", &l, &r);
    int x = 0;
    for (int i = l; i < r + 1; ++i) {
      x ^= vec[i];
    }
    printf("%d\n", x);
  }
}