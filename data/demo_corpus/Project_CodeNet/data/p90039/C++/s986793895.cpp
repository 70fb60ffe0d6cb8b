// Edit Distance
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define fi first
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

void solve() {
    string s, t;
    cin >> s >> t;
    int n = s.size(), m = t.size();
    vector<vector<int>> f(n + 1, vector<int>(m + 1));
    for (int i = 0; i < n + 1; ++i) f[i][0] = i;
    for (int j = 0; j < m + 1; ++j) f[0][j] = j;
    for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= m; j++) {
            int cost = s[i - 1] == t[j - 1] ? 0 : 1;
            f[i][j] = min({f[i - 1][j] + 1, f[i][j - 1] + 1, f[i - 1][j - 1] + cost});
        }
    }
    cout << f[n][m] << '\n';
}

int main() {
    solve();
    return 0;
}
