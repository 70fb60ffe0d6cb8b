// author: u948498637
#include <bits/stdc++.h>
using std::cin;
using std::vector;

typedef long long LL;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

void solve()
{
    int n; std::cin >> n;
    std::vector<int> root_(n + 1, 0), sz(n + 1, 1);
    FOR(i, 2, n + 1)
    {
        std::cin >> root_[i];
    }
    for(int v = n; v >= 2; v--)
    {
        sz[root_[v]] += sz[v];
    }
    FOR(v, 1, n + 1)
    {
        if(v - 1) std::cout << ' ';
        std::cout << sz[v];
    }
    std::cout << '\n';
}

int main()
{
    std::ios::sync_with_stdio(false);
    solve();
    return 0;
}