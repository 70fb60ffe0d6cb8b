// Palindrome
#include <cstdio.h>
#include <string>
#include <utility>

typedef long long LL;
#define se second
using P = std::pair<int, int>;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

bool is_palindrome(const std::string& s) {
   int i = 0, j = (int)s.size() - 1;
   while (i < j) {
      if (s[i] != s[j]) return false;
      i++;
      j--;
   }
   return true;
}

void solve() {
   char buf[200005];
   scanf("%s", buf);
   std::string s = buf;
   if (is_palindrome(s)) puts("Yes");
   else puts("No");
}

signed main() {
   solve();
   return 0;
}
