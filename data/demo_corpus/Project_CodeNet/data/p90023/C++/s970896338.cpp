/*
 * Demo Contest 008 - Backwards
 * 2017-01-08
 */
#include <iostream>
#include <string>
#include <algorithm>
using namespace std;

int main() {
  ios::sync_with_stdio(0); cin.tie(0);
  int n;
  cin >> n;
  string line;
  for (int i = 0; i < n; i++) {
    string w;
    cin >> w;
    if (i > 0) line += ' ';
    line += w;
  }
  reverse(line.begin(), line.end());
  cout << line << endl;
}
