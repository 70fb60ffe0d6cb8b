#include <iostream>
#include <vector>
#include <queue>
using namespace std;

int main() {
    int n; cin >> n;
    int sx, sy, tx, ty; cin >> sx >> sy >> tx >> ty;
    // square (r, c) is number r * n + c, counted from 0
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