#include <cstdio>
using namespace std;

int popcount(long long X) {
    int num = 0;
    while (X > 0) {
        X &= X - 1;
        num++;
    }
    return num;
}

void solve() {
    int q; scanf("%d", &q);
    while (q--) {
        long long X; scanf("%lld", &X);
        printf("%d\n", popcount(X));
    }
}

int main() {
    solve();
    return 0;
}