#include <bits/stdc++.h>
using namespace std;

using ll = long long;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

signed main() {
    int que;
    scanf("%d", &que);
    REP(k, que) {
        ll n;
        scanf("%lld", &n);
        int counter = 0;
        for (; n > 1; counter++) {
            n = (n & 1) ? 3 * n + 1 : n >> 1;
        }
        printf("%d\n", counter);
    }
    return 0;
}