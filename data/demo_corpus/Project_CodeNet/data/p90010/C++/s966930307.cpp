// author: u906894479
#include<bits/stdc++.h>
using namespace std;

int main() {
  int n, Q;
  scanf("%d%d", &n, &Q);
  vector<int> v(n);
  for (int j = 0; j < n; ++j) scanf("%d", &v[j]);
  for (int k = 0; k < Q; ++k) {
    int X;
    scanf("%d", &X);
    int tot = 0;
    for (int i = 0; i < n; ++i) if (v[i] <= X) tot++;
    printf("%d\n", tot);
  }
  return 0;
}
