#include<bits/stdc++.h>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
#define se second
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;

char winner(const vector<string>& g)
{
    rep(i, 3)
    {
        if (g[i][0] != '.' && g[i][0] == g[i][1] && g[i][1] == g[i][2]) return g[i][0];
        if (g[0][i] != '.' && g[0][i] == g[1][i] && g[1][i] == g[2][i]) return g[0][i];
    }
    if (g[1][1] == '.') return '.';
    if (g[0][0] == g[1][1] && g[1][1] == g[2][2]) return g[1][1];
    if (g[0][2] == g[1][1] && g[1][1] == g[2][0]) return g[1][1];
    return '.';
}

void solve()
{
    vector<string> g(3);
    rep(i, 3)
    {
        char buf[8];
        scanf("%s", buf);
        string row = buf;
        g[i] = row;
    }
    char w = winner(g);
    if (w == '.')
    {
        puts("draw");
    }
    else
    {
        printf("%c\n", w);
    }
}

int main()
{
    solve();
    return 0;
}