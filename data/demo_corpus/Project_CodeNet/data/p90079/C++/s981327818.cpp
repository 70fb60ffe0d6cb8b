// Demo Contest 027 - Pattern Count
#include<bits/stdc++.h>
using namespace std;

void solve() {
  char buf[200005];
  scanf("%s", buf);
  string t = buf;
  char tmp[200005];
  scanf("%s", tmp);
  string p = tmp;
  int c = 0;
  size_t pos = t.find(p);
  while (pos != string::npos) {
    c++;
    pos = t.find(p, pos + 1);
  }
  printf("%d\n", c);
}

int main() {
  solve();
  return 0;
}
