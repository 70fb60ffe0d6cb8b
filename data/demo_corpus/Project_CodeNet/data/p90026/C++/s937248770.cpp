#include <iostream>
#include <string>
#include <map>
#include <utility>
#include <cmath>

using ll = long long;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define se second
#define mp make_pair
typedef std::pair<int, int> pii;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
  std::ios::sync_with_stdio(false); std::cin.tie(NULL);
  std::string s;
  std::cin >> s;
  std::map<char, int> counter;
  rep(i, (int)s.size()) {
    counter[s[i]]++;
  }
  for(auto it = counter.begin(); it != counter.end(); ++it) {
    std::cout << it->first << ' ' << it->second << std::endl;
  }
  return 0;
}