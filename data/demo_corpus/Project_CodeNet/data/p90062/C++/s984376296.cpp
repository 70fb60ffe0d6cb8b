/*
 * Demo Contest 021 - Polygon Area
 * 2020-02-18
 */
#include <cstdio>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main() {
    int n; scanf("%d", &n);
    vector<ll> x(n), y(n);
    rep(i, n) {
        scanf("%lld %lld", &x[i], &y[i]);
    }
    ll s = 0;
    rep(i, n) {
        int j = (i + 1) % n;
        s += x[i] * y[j] - x[j] * y[i];
    }
    printf("%lld\n", s < 0 ? -s : s);
    return 0;
}
