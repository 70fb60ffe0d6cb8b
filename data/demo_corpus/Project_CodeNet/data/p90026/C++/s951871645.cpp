// p90026
#include <map>
#include <string>
#include <iostream>
using namespace std;

int main() {
  ios::sync_with_stdio(false); cin.tie(NULL);
  string s;
  cin >> s;
  map<char, int> c;
  for (int i = 0; i < (int)s.size(); ++i) {
    c[s[i]]++;
  }
  for (auto it = c.begin(); it != c.end(); ++it) {
    cout << it->first << ' ' << it->second << '\n';
  }
  return 0;
}
