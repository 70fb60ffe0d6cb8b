// p90071
#include <algorithm>
#include <iostream>
#include <vector>
using namespace std;

void solve() {
    int n; cin >> n;
    vector<int> S(n), en(n);
    for (int i = 0; i < n; i++) {
        cin >> S[i] >> en[i];
    }
    sort(S.begin(), S.end());
    sort(en.begin(), en.end());
    int j = 0, res = 0;
    for (int i = 0; i < n; i++) {
        while (j < n && en[j] <= S[i]) j++;
        if (res < i + 1 - j) res = i + 1 - j;
    }
    cout << res << "\n";
}

int main() {
    solve();
    return 0;
}
