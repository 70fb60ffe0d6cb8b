// 2022-07-27
#include <cstdio>
#include <string>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
#define se second
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
  int n;
  scanf("%d", &n);
  bool seen[26] = {false};
  rep(i, n) {
    char buf[105];
    scanf("%s", buf);
    string w = buf;
    for (char c : w) {
      seen[c - 'a'] = true;
    }
  }
  bool all26 = true;
  rep(c, 26) {
    if (!seen[c]) all26 = false;
  }
  puts(all26 ? "Yes" : "No");
  return 0;
}