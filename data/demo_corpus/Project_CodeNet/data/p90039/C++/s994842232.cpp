#include<bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    string s, t;
    cin >> s >> t;
    int n = s.size(), m = t.size();
    vector<vector<int>> memo(n + 1, vector<int>(m + 1));
    for (int i = 0; i < n + 1; i++) memo[i][0] = i;
    for (int j = 0; j < m + 1; j++) memo[0][j] = j;
    for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= m; j++) {
            int cost = s[i - 1] == t[j - 1] ? 0 : 1;
            memo[i][j] = min({memo[i - 1][j] + 1, memo[i][j - 1] + 1, memo[i - 1][j - 1] + cost});
        }
    }
    cout << memo[n][m] << endl;
}