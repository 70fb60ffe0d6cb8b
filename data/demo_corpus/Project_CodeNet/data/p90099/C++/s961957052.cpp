#include <bits/stdc++.h>
using namespace std;

void solve() {
    int n;
    scanf("%d", &n);
    vector<int> A(n), pos(n + 1);
    for (int i = 0; i < n; i++) {
        scanf("%d", &A[i]);
        pos[A[i]] = i;
    }
    int num = 0;
    for (int i = 0; i < n; i++) {
        if (A[i] == i + 1) continue;
        int j = pos[i + 1];
        pos[A[i]] = j;
        A[j] = A[i];
        A[i] = i + 1;
        pos[i + 1] = i;
        num++;
    }
    printf("%d\n", num);
}

int main() {
    solve();
    return 0;
}
