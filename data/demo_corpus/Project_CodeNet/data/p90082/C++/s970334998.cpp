#include <cstdio>
#include <vector>
using namespace std;

const int MOD = 1000000007;

int main() {
  // Pascal's triangle: C(i, j) = C(i - 1, j - 1) + C(i - 1, j)
  vector<vector<int>> C(2001, vector<int>(2001, 0));
  for (int i = 0; i < 2001; i++) {
    C[i][0] = 1;
    for (int j = 1; j < i + 1; j++) {
      C[i][j] = (C[i - 1][j - 1] + C[i - 1][j]) % MOD;
    }
  }
  int que;
  scanf("%d", &que);
  while (que--) {
    int n, k;
    scanf("%d%d", &n, &k);
    printf("%d\n", C[n][k]);
  }
  return 0;
}
