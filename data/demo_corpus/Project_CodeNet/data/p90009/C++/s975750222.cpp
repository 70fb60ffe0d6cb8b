#include <bits/stdc++.h>
using namespace std;

static int memo[3005][3005];

int main() {
    ios::sync_with_stdio(0);
    cin.tie(nullptr);
    string s, t; cin >> s >> t;
    int n = s.length(), m = t.length();
    for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= m; j++) {
            if (s[i - 1] == t[j - 1]) memo[i][j] = memo[i - 1][j - 1] + 1;
            else memo[i][j] = max(memo[i - 1][j], memo[i][j - 1]);
        }
    }
    cout << memo[n][m] << "\n";
}