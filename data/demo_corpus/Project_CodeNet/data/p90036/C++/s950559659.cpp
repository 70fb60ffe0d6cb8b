#include <iostream>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

ll leaps(ll x) {
    return x / 4 - x / 100 + x / 400;
}

void solve() {
    ll a, b; cin >> a >> b;
    ll res = leaps(b) - leaps(a - 1);
    cout << res << endl;
}

int main(int argc, char* argv[]) {
    ios::sync_with_stdio(0);
    solve();
    return 0;
}
