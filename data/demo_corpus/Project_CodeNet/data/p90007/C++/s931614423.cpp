#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define all(v) v.begin(), v.end()

int main() {
    ios_base::sync_with_stdio(false);
    cin.tie(NULL);
    int n, W; cin >> n >> W;
    vector<ll> tbl(W + 1, 0);
    REP(i, n) {
        int w; cin >> w;
        ll v; cin >> v;
        // go down so that each item is used at most once
        for(int j = W; j >= w; j--) {
            tbl[j] = max(tbl[j], tbl[j - w] + v);
        }
    }
    cout << *max_element(all(tbl)) << "\n";
    return 0;
}
