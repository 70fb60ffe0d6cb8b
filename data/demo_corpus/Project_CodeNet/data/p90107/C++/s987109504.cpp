// author: u915635134
#include<bits/stdc++.h>
using namespace std;

int main() {
   int n;
   scanf("%d", &n);
   bool seen[26] = {false};
   for (int i = 0; i < n; i++) {
      char buf[105];
      scanf("%s", buf);
      string w = buf;
      for (char c : w) {
         seen[c - 'a'] = true;
      }
   }
   bool all26 = true;
   for (int c = 0; c < 26; c++) {
      if (!seen[c]) all26 = false;
   }
   printf("%s\n", (all26 ? "Yes" : "No"));
   return 0;
}
