#include <cstdio>
#include <utility>
#include <vector>

#define ll long long
template <class T, class U> bool chmax(T& a, const U& b) { if (a < b) { a = b; return true; } return false; }
#define se second
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const int INF = 1e9;

int main(void)
{
    int n;
    scanf("%d", &n);
    std::vector<ll> h(n);
    for (int k = 0; k < n; k++) scanf("%lld", &h[k]);
    // L[i] .. R[i]: the bars around i that are at least as high
    std::vector<int> L(n), R(n);
    for (int i = 0; i < n; i++)
    {
        int j = i - 1;
        while (j >= 0 && h[j] >= h[i]) j = L[j] - 1;
        L[i] = j + 1;
    }
    for (int i = n - 1; i >= 0; i--)
    {
        int j = i + 1;
        while (j < n && h[j] >= h[i]) j = R[j] + 1;
        R[i] = j;
    }
    ll ret = 0;
    for (int i = 0; i < n; i++)
    {
        chmax(ret, h[i] * (R[i] - L[i] + 1));
    }
    printf("%lld\n", ret);
    return 0;
}
