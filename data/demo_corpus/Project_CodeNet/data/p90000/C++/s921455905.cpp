/*
 * Sum of Pairs
 * 2013-04-10
 */
#include <cstdio>
#include <utility>
#include <vector>

typedef long long ll;
#define fi first
#define se second
typedef std::pair<int, int> pii;
typedef std::vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

void solve() {
    int n;
    scanf("%d", &n);
    std::vector<ll> a(n), b(n);
    for (int i = 0; i < n; ++i) {
        scanf("%lld %lld", &a[i], &b[i]);
    }
    std::vector<ll> answer(n);
    for (int i = 0; i < n; ++i) {
        answer[i] = a[i] + b[i];
    }
    for (int i = 0; i < n; ++i) {
        printf("%lld\n", answer[i]);
    }
}

int main() {
    solve();
    return 0;
}