// Demo Contest 037 - Bus Load
#include<bits/stdc++.h>
using namespace std;

int main() {
  int n;
  scanf("%d", &n);
  int tmp = 0, best = 0;
  for (int i = 0; i < n; i++) {
    int off, on;
    scanf("%d %d", &off, &on);
    tmp -= off;
    tmp += on;
    best = max(best, tmp);
  }
  printf("%d\n", best);
}
