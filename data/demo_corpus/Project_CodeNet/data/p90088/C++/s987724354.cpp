/*
 * Demo Contest 030 - Spiral Matrix
 * 2022-05-18
 */
#include <cstdio>
#include <vector>
#include <string>
using namespace std;

int main() {
  int n;
  scanf("%d", &n);
  vector<vector<int>> vec(n, vector<int>(n, 0));
  int dr[4] = {0, 1, 0, -1}, dc[4] = {1, 0, -1, 0};
  int r = 0, c = 0, d = 0;
  for(int k = 1; k < n * n + 1; ++k) {
    vec[r][c] = k;
    int nr = r + dr[d], nc = c + dc[d];
    if(nr < 0 || nr >= n || nc < 0 || nc >= n || vec[nr][nc] != 0) {
      d = (d + 1) % 4;
      nr = r + dr[d];
      nc = c + dc[d];
    }
    r = nr;
    c = nc;
  }
  for(int i = 0; i < n; ++i) {
    for(int j = 0; j < n; ++j) {
      if(j) putchar(' ');
      printf("%d", vec[i][j]);
    }
    printf("\n");
  }
  return 0;
}