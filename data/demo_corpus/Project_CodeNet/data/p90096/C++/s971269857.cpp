#include <bits/stdc++.h>

int n, res = 0;
bool col[20], d1[40], d2[40];

void place(int r) {
    if(r == n) {
        res++;
        return;
    }
    for(int c = 0; c < n; c++) {
        if(col[c] || d1[r + c] || d2[r - c + n]) continue;
        col[c] = d1[r + c] = d2[r - c + n] = true;
        place(r + 1);
        col[c] = d1[r + c] = d2[r - c + n] = false;
    }
}

void solve() {
    scanf("%d", &n);
    place(0);
    printf("%d\n", res);
}

int main() {
    solve();
    return 0;
}
