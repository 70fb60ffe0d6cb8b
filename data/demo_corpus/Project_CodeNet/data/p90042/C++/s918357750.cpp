// p90042
#include <bits/stdc++.h>
using namespace std;

int main(void) {
    int H, W, Q;
    cin >> H >> W >> Q;
    vector<vector<int64_t>> pre(H + 1, vector<int64_t>(W + 1, 0));
    for(int i = 0; i < H; ++i) for(int j = 0; j < W; ++j) {
        int64_t X;
        cin >> X;
        pre[i + 1][j + 1] = pre[i][j + 1] + pre[i + 1][j] - pre[i][j] + X;
    }
    while(Q--) {
        int r1, c1, r2, c2;
        cin >> r1 >> c1 >> r2 >> c2;
        int64_t s = pre[r2][c2] - pre[r1 - 1][c2] - pre[r2][c1 - 1] + pre[r1 - 1][c1 - 1];
        cout << s << endl;
    }
    return 0;
}
