// Demo Contest 018 - Anagrams
#include<bits/stdc++.h>
using namespace std;

int main() {
  char buf[200005];
  scanf("%s", buf);
  string a = buf;
  char tmp[200005];
  scanf("%s", tmp);
  string b = tmp;
  map<char, int> ca, cb;
  for (char c : a) {
    ca[c]++;
  }
  for (char c : b) {
    cb[c]++;
  }
  puts(ca == cb ? "Yes" : "No");
  return 0;
}