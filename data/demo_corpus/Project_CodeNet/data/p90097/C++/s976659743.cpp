// author: u983034406
#include<bits/stdc++.h>
using namespace std;

#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define all(v) v.begin(), v.end()

void solve() {
    int n; cin >> n;
    vector<int> A(n);
    rep(j, n) cin >> A[j];
    sort(all(A));
    bool valid = true;
    rep(i, n) {
        if (A[i] != i + 1) valid = false;
    }
    cout << ((valid ? "Yes" : "No")) << endl;
}

int main(void) {
    ios::sync_with_stdio(false); cin.tie(NULL);
    solve();
    return 0;
}