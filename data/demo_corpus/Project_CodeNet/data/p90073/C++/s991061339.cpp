#include <bits/stdc++.h>
using namespace std;

using ll = long long;
#define se second
using P = pair<int, int>;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }
#define endl '\n'

int main(int argc, char* argv[]) {
    ios_base::sync_with_stdio(false);
    int n;
    cin >> n;
    int sx, sy, tx, ty;
    cin >> sx >> sy >> tx >> ty;
    vector<int> D(n * n, -1);
    queue<int> Q;
    int src = (sx - 1) * n + (sy - 1);
    D[src] = 0;
    Q.push(src);
    int jumps[8][2] = {{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}};
    while (!Q.empty()) {
        int v = Q.front();
        Q.pop();
        int r = v / n, c = v % n;
        for (auto& j : jumps) {
            int nr = r + j[0], nc = c + j[1];
            if (nr < 0 || nr >= n || nc < 0 || nc >= n) continue;
            int w = nr * n + nc;
            if (D[w] < 0) {
                D[w] = D[v] + 1;
                Q.push(w);
            }
        }
    }
    cout << D[(tx - 1) * n + (ty - 1)] << '\n';
    return 0;
}