// Demo Contest 006 - Robot Walk
#include<bits/stdc++.h>
using namespace std;

int main()
{
  char buf[200005];
  scanf("%s", buf);
  string s = buf;
  // only the counts matter, not the order
  int u = count(s.begin(), s.end(), 'U');
  int d = count(s.begin(), s.end(), 'D');
  int l = count(s.begin(), s.end(), 'L');
  int r = count(s.begin(), s.end(), 'R');
  int x = r - l;
  int y = u - d;
  printf("%d %d\n", x, y);
  return 0;
}