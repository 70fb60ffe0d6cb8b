// 2021-07-13
#include <iostream>
#include <queue>
#include <vector>
using namespace std;

int main() {
    int n;
    cin >> n;
    int sx, sy, tx, ty;
    cin >> sx >> sy >> tx >> ty;
    // square (r, c) is number r * n + c, counted from 0
    vector<int> d(n * n, -1);
    queue<int> q;
    int src = (sx - 1) * n + (sy - 1);
    d[src] = 0;
    q.push(src);
    int jumps[8][2] = {{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}};
    while (!q.empty()) {
        int v = q.front();
        q.pop();
        int r = v / n, c = v % n;
        for (auto& j : jumps) {
            int nr = r + j[0], nc = c + j[1];
            if (nr < 0 || nr >= n || nc < 0 || nc >= n) continue;
            int w = nr * n + nc;
            if (d[w] < 0) {
                d[w] = d[v];
                q.push(w);
            }
        }
    }
    cout << d[(tx - 1) * n + (ty - 1)] << endl;
    return 0;
}
