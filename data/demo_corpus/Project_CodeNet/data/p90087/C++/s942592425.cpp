#include<iostream>
#include<string>
#include<vector>
#include<utility>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (n); ++i)
typedef pair<int, int> pii;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

void solve() {
    int H, W;
    cin >> H >> W;
    vector<string> now(H);
    rep(i, H) {
        string row;
        cin >> row;
        now[i] = row;
    }
    vector<string> nxt = now;
    rep(i, H) {
        rep(j, W) {
            int alive = 0;
            for (int di = -1; di <= 1; di++) {
                for (int dj = -1; dj <= 1; dj++) {
                    if (di == 0 && dj == 0) continue;
                    int r = i + di, c = j + dj;
                    if (r >= 0 && r < H && c >= 0 && c < W && now[r][c] == '#') alive++;
                }
            }
            if (now[i][j] == '#') {
                nxt[i][j] = (alive == 2 || alive == 3) ? '#' : '.';
            } else {
                nxt[i][j] = alive == 3 ? '#' : '.';
            }
        }
    }
    rep(i, H) {
        cout << nxt[i] << '\n';
    }
}

int main(void) {
    solve();
    return 0;
}