#include <cmath>
#include <cstdio>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }
#define endl '\n'

void solve()
{
    int n; scanf("%d", &n);
    vector<vector<int>> m(n, vector<int>(n));
    int top = 0, bot = n - 1, lc = 0, rc = n - 1, v = 1;
    while (top <= bot && lc <= rc)
    {
        for (int j = lc; j <= rc; j++) m[top][j] = v++;
        top++;
        for (int i = top; i <= bot; i++) m[i][rc] = v++;
        rc--;
        if (top <= bot)
        {
            for (int j = rc; j >= lc; j--) m[bot][j] = v++;
            bot--;
        }
        if (lc <= rc)
        {
            for (int i = bot; i >= top; i--) m[i][lc] = v++;
            lc++;
        }
    }
    rep(i, n)
    {
        rep(j, n)
        {
            if (j) putchar(' ');
            printf("%d", m[i][j]);
        }
        putchar('\n');
    }
}

int main(void)
{
    solve();
    return 0;
}