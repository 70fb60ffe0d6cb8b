#include<bits/stdc++.h>
using namespace std;

char c[105][105];

int main() {
  int H, W;
  sccanf("%d %d", &H, &W);
  for (int i = 0; i < H; i++) {
    char buf[105];
    scanf("%s", buf);
    string s = buf;
    for (int j = 0; j < W; j++) c[i][j] = s[j];
  }
  for (int j = 0; j < W; j++) {
    for (int k = 0; k < H; k++) {
      printf("%c", c[H - 1 - k][j]);
    }
    putchar('\n');
  }
}