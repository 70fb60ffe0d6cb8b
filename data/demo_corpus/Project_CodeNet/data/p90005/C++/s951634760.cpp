#include<bits/stdc++.h>
using namespace std;

void solve() {
    int H, W;
    cin >> H >> W;
    vector<string> grid(H);
    for (int i = 0; i < H; i++) {
        string line;
        cin >> line;
        grid[i] = line;
    }
    const int INF = 1 << 29;
    vector<int> D(H * W, INF);
    deque<int> dq;
    D[0] = 0;
    dq.push_back(0);
    while (!dq.empty()) {
        int v = dq.front();
        dq.pop_front();
        int r = v / W, c = v % W;
        int nbr[4][2] = {{r + 1, c}, {r - 1, c}, {r, c + 1}, {r, c - 1}};
        for (auto& p : nbr) {
            int nr = p[0], nc = p[1];
            if (nr < 0 || nr >= H || nc < 0 || nc >= W || grid[nr][nc] == '#') continue;
            if (D[nr * W + nc] > D[v] + 1) {
                D[nr * W + nc] = D[v] + 1;
                dq.push_back(nr * W + nc);
            }
        }
    }
    int res = D[H * W - 1];
    cout << (res == INF ? -1 : res) << endl;
}

int main() {
    ios::sync_with_stdio(0);
    cin.tie(NULL);
    solve();
    return 0;
}
