#include <cmath>
#include <iostream>
#include <numeric>
#include <utility>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
#define mp make_pair
using P = pair<int, int>;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    ll x1, y1, x2, y2;
    cin >> x1 >> y1 >> x2 >> y2;
    ll dx = x2 - x1, dy = y2 - y1;
    if (dx < 0) dx = -dx;
    if (dy < 0) dy = -dy;
    ll steps = gcd(dx, dy);
    cout << steps + 1 << '\n';
    return 0;
}
