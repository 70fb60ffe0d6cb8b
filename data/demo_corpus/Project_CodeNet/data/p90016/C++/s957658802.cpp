// Demo Contest 006 - Robot Walk
#include<string>
#include<algorithm>
#include<iostream>
using namespace std;

void solve() {
  string s; cin >> s;
  int u = count(s.begin(), s.end(), 'U');
  int d = count(s.begin(), s.end(), 'D');
  int l = count(s.begin(), s.end(), 'L');
  int r = count(s.begin(), s.end(), 'R');
  int x = r - l;
  int y = u - d;
  cout << x << " " << y << '\n';
}

int main(void) {
  solve();
  return 0;
}