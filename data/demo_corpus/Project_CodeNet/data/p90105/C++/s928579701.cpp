#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define fi first
#define mp make_pair

int tbl[1005][1005];

void solve() {
    int n;
    cin >> n;
    int best = 0;
    rep(i, n) {
        rep(j, i + 1) {
            int v;
            cin >> v;
            int from = 0;
            if(i > 0) {
                if(j > 0) from = tbl[i - 1][j - 1];
                if(j < i && tbl[i - 1][j] > from) from = tbl[i - 1][j];
            }
            tbl[i][j] = from + v;
            if(i == n - 1) {
                best = max(best, tbl[i][j]);
            }
        }
    }
    cout << best << endl;
}

int main() {
    solve();
    return 0;
}
