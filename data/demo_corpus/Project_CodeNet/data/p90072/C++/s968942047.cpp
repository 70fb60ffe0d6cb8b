#include <bits/stdc++.h>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define se second
#define mp make_pair
typedef pair<int, int> pii;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

int main() {
    int n, qu;
    cin >> n >> qu;
    vector<ll> d(n + 2, 0);
    rep(k, qu) {
        int l, r;
        cin >> l >> r;
        ll X;
        cin >> X;
        // the change starts at l and is undone after r
        d[l] += X;
        d[r + 1] -= X;
    }
    ll t = 0;
    FOR(i, 1, n + 1) {
        t += d[i];
        if (i - 1 > 0) cout << " ";
        cout << t;
    }
    cout << endl;
}