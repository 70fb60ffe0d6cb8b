// p90097
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(0);
    cin.tie(0);
    int n;
    cin >> n;
    vector<bool> seen(n + 2, false);
    bool ok = true;
    for (int i = 0; i < n; ++i) {
        int v;
        cin >> v;
        if (v < 1 || v > n || seen[v]) {
            ok = false;
        } else {
            seen[v] = true;
        }
    }
    cout << ((ok ? "Yes" : "No")) << '\n';
    return 0;
}