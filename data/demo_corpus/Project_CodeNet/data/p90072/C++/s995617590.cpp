#include <iostream>
#include <vector>
using namespace std;

int main()
{
    int n, Q; cin >> n >> Q;
    vector<long long> d(n + 2, 0);
    for (int k = 0; k < Q; k++) {
        int l, r; cin >> l >> r;
        long long v; cin >> v;
        // the change starts at l and is undone after r
        d[l] += v;
        d[r + 1] -= v;
    }
    long long tmp = 0;
    for (int i = 1; i < n + 1; i++) {
        tmp += d[i];
        if (i - 1) cout << ' ';
        cout << tmp;
    }
    cout << '\n';
    return 0;
}
