#include <bits/stdc++.h>
using namespace std;

int main() {
  int n; scanf("%d", &n);
  vector<string> words(n);
  for(int i = 0; i < n; i++) {
    char buf[32];
    scanf("%s", buf);
    string w = buf;
    words[i] = w;
  }
  sort(words.begin(), words.end());
  string best = words[0];
  int mx = 0;
  int i = 0;
  while(i < n) {
    int j = i;
    while(j < n && words[j] == words[i]) j++;
    if(j - i > mx) {
      mx = j - i;
      best = words[i];
    }
    i = j;
  }
  printf("%s %d\n", best.c_str(), mx);
}