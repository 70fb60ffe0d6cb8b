// p90069
#include <bits/stdc++.h>

#define rrep(i,n) for(int i=(int)(n)-1;i>=0;--i)
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
template<class T, class U> inline void chmax(T &a, U b) { if (a < b) a = b; }

struct FastIO { FastIO() { std::ios_base::sync_with_stdio(false); std::cin.tie(NULL); } } fastio_;

int main() {
   std::string s;
   std::cin >> s;
   int n = s.size();
   // pal[i][j]: s[i..j] is a palindrome
   std::vector<std::vector<char>> pal(n, std::vector<char>(n, 0));
   int result = 1;
   rrep(i, n) {
      FOR(j, i, n) {
         if (s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1])) {
            pal[i][j] = 1;
            chmax(result, j - i + 1);
         }
      }
   }
   std::cout << result << std::endl;
   return 0;
}