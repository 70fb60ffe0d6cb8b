#include <cstdio>
#include <string>
#include <vector>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (int)(n); i++)

constexpr ll MOD = 1000000007;
int H, W;
vector<string> maze;
vector<vector<ll>> memo;

ll ways(int r, int c)
{
  if (r < 0 || c < 0 || maze[r][c] == '#') return 0;
  if (r == 0 && c == 0) return 1;
  ll& m = memo[r][c];
  if (m >= 0) return m;
  return m = (ways(r - 1, c) + ways(r, c - 1)) % MOD;
}

int main()
{
  scanf("%d%d", &H, &W);
  maze.resize(H);
  rep(i, H)
  {
    char buf[1005];
    scanf("%s", buf);
    string row = buf;
    maze[i] = row;
  }
  memo.assign(H, vector<ll>(W, -1));
  // warm the table row by row so the recursion never goes deep
  rep(i, H) rep(j, W) ways(i, j);
  printf("%lld\n", ways(H - 1, W - 1));
  return 0;
}
