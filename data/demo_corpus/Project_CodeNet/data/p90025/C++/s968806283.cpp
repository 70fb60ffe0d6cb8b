// Demo Contest 009 - Maximum Subarray
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define fi first
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

void solve() {
    int n;
    cin >> n;
    ll ps = 0, mn = 0;
    ll ret = -(1LL << 62);
    for (int i = 0; i < n; i++) {
        ll val;
        cin >> val;
        ps += val;
        if (ret < ps - mn) ret = ps - mn;
        if (mn > ps) mn = ps;
    }
    cout << ret << '\n';
}

int main() {
    solve();
    return 0;
}
