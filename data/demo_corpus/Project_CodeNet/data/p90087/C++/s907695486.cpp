// author: u938616364
#include<bits/stdc++.h>

#define ll long long
#define pb push_back
#define fi first
#define se second
typedef std::pair<int, int> pii;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    int H, W; scanf("%d %d", &H, &W);
    std::vector<std::string> cur(H);
    for (int i = 0; i < H; i++) {
        char buf[200005];
        scanf("%s", buf);
        std::string row = buf;
        cur[i] = row;
    }
    std::vector<std::string> nxt = cur;
    for (int i = 0; i < H; i++) {
        for (int j = 0; j < W; j++) {
            int alive = 0;
            for (int di = -1; di <= 1; di++) {
                for (int dj = -1; dj <= 1; dj++) {
                    if (di == 0 && dj == 0) continue;
                    int r = i + di, c = j + dj;
                    if (r >= 0 && r < H && c >= 0 && c < W && cur[r][c] == '#') alive++;
                }
            }
            if (cur[i][j] == '#') {
                nxt[i][j] = (alive == 2 || alive == 3) ? '#' : '.';
            } else {
                nxt[i][j] = alive == 3 ? '#' : '.';
            }
        }
    }
    for (int i = 0; i < H; i++) {
        printf("%s\n", nxt[i].c_str());
    }
    return 0;
}
