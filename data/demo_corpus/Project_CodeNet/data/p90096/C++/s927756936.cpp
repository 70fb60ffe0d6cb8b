#include <iostream>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(0); } } fastio_;

int full;

int count_from(int cols, int ld, int rd) {
    if (cols == full) return 1;
    int total = 0;
    int avail = full & ~(cols | ld | rd);
    while (avail) {
        int bit = avail & -avail;
        avail -= bit;
        total += count_from(cols | bit, (ld | bit) << 1, (rd | bit) >> 1);
    }
    return total;
}

void solve() {
    int n;
    cin >> n;
    full = (1 << n) - 1;
    cout << count_from(0, 0, 0) << '\n';
}

int main(void) {
    solve();
    return 0;
}