/*
 * Run-Length Encoding
 * 2020-05-30
 */
#include<bits/stdc++.h>

typedef long long ll;
#define pb push_back
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
  std::ios::sync_with_stdio(0); std::cin.tie(NULL);
  std::string s;
  std::cin >> s;
  std::string result;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] == s[i]) {
      j++;
    }
    result += s[i];
    result += std::to_string(j - i);
    i = j;
  }
  std::cout << result << '\n';
  return 0;
}
