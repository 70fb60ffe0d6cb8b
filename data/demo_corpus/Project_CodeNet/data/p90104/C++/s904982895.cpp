// author: u907364164
#include <cstdio>
#include <numeric>
#include <utility>
#include <vector>
#include <string>
using namespace std;

typedef long long ll;
#define fi first
#define se second
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

void solve() {
    ll x1, y1, x2, y2;
    scanf("%lld%lld%lld%lld", &x1, &y1, &x2, &y2);
    ll dx = x2 - x1, dy = y2 - y1;
    if (dx < 0) dx = -dx;
    if (dy < 0) dy = -dy;
    ll steps = gcd(dx, dy);
    printf("%lld\n", steps + 1);
}

int main(int argc, char* argv[]) {
    solve();
    return 0;
}