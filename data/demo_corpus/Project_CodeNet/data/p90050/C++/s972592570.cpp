#include<bits/stdc++.h>
using namespace std;

bool is_vowel(char c) {
  switch(c) {
  case 'a': case 'e': case 'i': case 'o': case 'u':
    return true;
  default:
    return false;
  }
}

int main() {
  char buf[200005];
  scanf("%s", buf);
  string s = buf;
  int counter = count_if(s.begin(), s.end(), is_vowel);
  printf("%d\n", counter);
  return 0;
}
