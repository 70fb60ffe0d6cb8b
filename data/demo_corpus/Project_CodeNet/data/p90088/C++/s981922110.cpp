#include <bits/stdc++.h>
using namespace std;

typedef long long LL;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
typedef pair<int, int> pii;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    int n;
    cin >> n;
    vector<vector<int>> A(n, vector<int>(n, 0)); cout << A << endl;
    int dr[4] = {0, 1, 0, -1}, dc[4] = {1, 0, -1, 0};
    int r = 0, c = 0, d = 0;
    FOR(k, 1, n * n + 1) {
        A[r][c] = k;
        int nr = r + dr[d], nc = c + dc[d];
        if (nr < 0 || nr >= n || nc < 0 || nc >= n || A[nr][nc] != 0) {
            d = (d + 1) % 4;
            nr = r + dr[d];
            nc = c + dc[d];
        }
        r = nr;
        c = nc;
    }
    rep(i, n) {
        rep(j, n) {
            if (j > 0) cout << " ";
            cout << A[i][j];
        }
        cout << endl;
    }
}
