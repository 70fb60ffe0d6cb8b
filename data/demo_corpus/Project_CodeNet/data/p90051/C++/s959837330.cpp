#include<iostream>
#include<string>
using namespace std;

int main() {
  string s; cin >> s;
  string ret;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] == s[i]) {
      j++;
    }
    ret += s[i];
    ret += to_string(j - i);
    i = j;
  }
  cout << ret << endl;
  return 0;
}