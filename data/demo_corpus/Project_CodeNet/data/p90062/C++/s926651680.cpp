// Demo Contest 021 - Polygon Area
#include <iostream>
#include <vector>
#include <utility>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    int n;
    cin >> n;
    vector<ll> x(n), y(n);
    rep(i, n) {
        cin >> x[i] >> y[i];
    }
    // the shoelace formula
    ll s = 0;
    rep(i, n) {
        int j = (i + 1) % n;
        s += x[i] * y[j] - x[j] * y[i];
    }
    cout << (s < 0 ? -s : s) << endl;
    return 0;
}
