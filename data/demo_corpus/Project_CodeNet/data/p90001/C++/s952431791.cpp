#include <cstdio>
#include <vector>
#include <numeric>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define all(v) v.begin(), v.end()
#define se second
#define mp make_pair
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
    int n; scanf("%d", &n);
    vector<ll> A(n);
    rep(i, n) scanf("%lld", &A[i]);
    // accumulate with a 64-bit initial value, 0 would overflow
    ll total = accumulate(all(A), 0LL);
    printf("%lld\n", total);
}