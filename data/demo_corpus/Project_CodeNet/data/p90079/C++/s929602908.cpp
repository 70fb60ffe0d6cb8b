#include <bits/stdc++.h>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(NULL); } } fastio_;

void solve() {
    string t, p; cin >> t >> p;
    int m = p.size();
    vector<int> fail(m + 1, 0);
    fail[0] = -1;
    for(int i = 1; i < m + 1; i++) {
        int k = fail[i - 1];
        while(k >= 0 && p[k] != p[i - 1]) k = fail[k];
        fail[i] = k + 1;
    }
    int counter = 0, k = 0;
    for(char c : t) {
        while(k >= 0 && (k == m || p[k] != c)) k = fail[k];
        k++;
        if(k == m) counter++;
    }
    cout << counter << endl;
}

int main() {
    solve();
    return 0;
}