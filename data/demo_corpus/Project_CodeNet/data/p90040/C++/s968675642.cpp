/*
 * Demo Contest 014 - Distinct Window
 * 2019-02-07
 */
#include <bits/stdc++.h>
using namespace std;

int main() {
   ios::sync_with_stdio(0);
   cin.tie(0);
   string s;
   cin >> s;
   int n = s.size(), ret = 0;
   for (int i = 0; i < n; i++) {
      bool seen[26] = {false};
      for (int j = i; j < n; j++) {
         if (seen[s[j] - 'a']) break;
         seen[s[j] - 'a'] = true;
         if (ret < j - i + 1) ret = j - i + 1;
      }
   }
   cout << ret << "\n";
   return 0;
}
