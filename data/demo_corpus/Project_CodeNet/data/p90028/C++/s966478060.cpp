#include <vector>
#include <cstdio>
#include <string>
using namespace std;

#define MOD 1000000007
int H, W;
vector<string> grid;
vector<vector<long long>> memo;

long long ways(int r, int c)
{
  if (r < 0 || c < 0 || grid[r][c] == '#') return 0;
  if (r == 0 && c == 0) return 1;
  long long& m = memo[r][c];
  if (m >= 0) return m;
  return m = (ways(r - 1, c) + ways(r, c - 1)) % MOD;
}

void solve()
{
  scanf("%d%d", &H, &W);
  grid.resize(H);
  for (int i = 0; i < H; ++i)
  {
    char buf[1005];
    scanf("%s", buf);
    string row = buf;
    grid[i] = row;
  }
  memo.assign(H, vector<long long>(W, -1));
  // warm the table row by row so the recursion never goes deep
  for (int i = 0; i < H; ++i) for (int j = 0; j < W; ++j) ways(i, j);
  printf("%lld\n", ways(H - 1, W - 1));
}

int main()
{
  solve();
  return 0;
}