// p90017
#include <vector>
#include <algorithm>
#include <cstdio>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define se second
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const long long LINF = 1LL << 60;

int main()
{
    int n; scanf("%d", &n);
    ll k; scanf("%lld", &k);
    vector<ll> psum(n + 1, 0);
    rep(i, n)
    {
        ll x; scanf("%lld", &x);
        psum[i + 1] = psum[i] + x;
    }
    ll answer = 0;
    // for each end j, the starts i with pre[j] - pre[i] <= k
    for (int j = 1; j <= n; j++)
    {
        int i = lower_bound(psum.begin(), psum.begin() + j, psum[j] - k) - psum.begin();
        answer += j - i;
    }
    printf("%lld\n", answer);
    return 0;
}
