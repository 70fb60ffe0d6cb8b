// p90098
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <vector>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

void solve() {
    int n;
    cin >> n;
    vector<int> p(n);
    for (int j = 0; j < n; j++) cin >> p[j];
    if (!next_permutation(p.begin(), p.end())) {
        cout << "none" << endl;
        return;
    }
    for (int i = 0; i < n; i++) {
        if (i) cout << ' ';
        cout << p[i];
    }
    cout << endl;
}

int main(void) {
    solve();
    return 0;
}
