/*
 * Demo Contest 030 - Spiral Matrix
 * 2022-01-19
 */
#include<bits/stdc++.h>
using namespace std;

void solve() {
    int n; scanf("%d", &n);
    vector<vector<int>> m(n, vector<int>(n));
    int top = 0, bot = n - 1, lc = 0, rc = n - 1, v = 1;
    // one ring at a time: top row, right column, bottom row, left column
    while (top <= bot && lc <= rc) {
        for (int j = lc; j <= rc; j++) m[top][j] = v++;
        top++;
        for (int i = top; i <= bot; i++) m[i][rc] = v++;
        rc--;
        if (top <= bot) {
            for (int j = rc; j >= lc; j--) m[bot][j] = v++;
            bot--;
        }
        if (lc <= rc) {
            for (int i = bot; i >= top; i--) m[i][lc] = v++;
            lc++;
        }
    }
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (j > 0) printf(" ");
            printf("%d", m[i][j]);
        }
        puts("");
    }
}

int main() {
    solve();
    return 0;
}
