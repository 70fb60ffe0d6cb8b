#include <bits/stdc++.h>
using namespace std;

void solve() {
    string s; cin >> s;
    int n = s.size();
    bool ok = true;
    for (int i = 0; i < n / 2; ++i) {
        if (s[i] != s[n - 1 - i]) {
            ok = false;
            break;
        }
    }
    cout << ((ok ? "Yes" : "No")) << endl;
}

int main() {
    solve();
    return 0;
}