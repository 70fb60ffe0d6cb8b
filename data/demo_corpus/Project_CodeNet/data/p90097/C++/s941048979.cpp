/*
 * Demo Contest 033 - Permutation Check
 * 2022-09-13
 */
#include <iostream>
#include <vector>
#include <cstdlib>
using namespace std;

#define fi first
#define mp make_pair
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

void solve() {
    int n;
    cin >> n;
    vector<bool> seen(n + 2, false);
    bool flag = true;
    for (int i = 0; i < n; ++i) {
        int val;
        cin >> val;
        if (val < 1 || seen.at(val)) {
            flag = false;
        } else {
            seen[val] = true;
        }
    }
    if (flag) cout << "Yes" << "\n";
    else cout << "No" << "\n";
}

int main() {
    solve();
    return 0;
}
