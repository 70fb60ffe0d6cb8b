#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;

void solve() {
    int n; cin >> n;
    ll cum = 0, low = 0;
    ll ret = -(1LL << 62);
    for (int i = 0; i < n; i++) {
        ll x; cin >> x;
        cum += x;
        ret = max(ret, cum - low);
        low = min(low, cum);
    }
    cout << ret << endl;
}

int main() {
    solve();
    return 0;
}