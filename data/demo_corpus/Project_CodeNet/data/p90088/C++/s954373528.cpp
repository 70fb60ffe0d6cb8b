#include <iostream>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
typedef pair<int, int> pii;
const long long LINF = 1LL << 60;

int main() {
    int n;
    cin >> n;
    vector<vector<int>> arr(n, vector<int>(n, 0));
    int dr[4] = {0, 1, 0, -1}, dc[4] = {1, 0, -1, 0};
    int r = 0, c = 0, d = 0;
    FOR(k, 1, n * n + 1) {
        arr[r][c] = k;
        int nr = r + dr[d], nc = c + dc[d];
        if(nr < 0 || nr >= n || nc < 0 || nc >= n || arr[nr][nc] != 0) {
            d = (d + 1) % 4;
            nr = r + dr[d];
            nc = c + dc[d];
        }
        r = nr;
        c = nc;
    }
    rep(i, n) {
        rep(j, n) {
            if(j > 0) cout << " ";
            cout << arr[i][j];
        }
        cout << endl;
    }
    return 0;
}
