#include <cstdio>
#include <string>
#include <algorithm>
#include <vector>
#include <utility>
using namespace std;

typedef long long ll;
#define rrep(i, n) for (int i = (n) - 1; i >= 0; i--)
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
#define fi first
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
  char buf[3005];
  scanf("%s", buf);
  string s = buf;
  int n = s.size();
  vector<vector<char>> pal(n, vector<char>(n, 0));
  int answer = 1;
  rrep(i, n) {
    FOR(j, i, n) {
      if(s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1])) {
        pal[i][j] = 1;
        answer = max(answer, j - i + 1);
      }
    }
  }
  printf("%d\n", answer);
  return 0;
}