// author: u993662195
#include <algorithm>
#include <cstdlib>
#include <vector>
#include <cstdio>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define all(x) (x).begin(),(x).end()

int main()
{
    int n;
    scanf("%d", &n);
    ll k;
    scanf("%lld", &k);
    vector<ll> a(n);
    rep(i, n) scanf("%lld", &a[i]);
    sort(all(a));
    ll res = 0;
    int l = 0, r = n - 1;
    while (l < r) {
        ll s = a[l] + a[r];
        if (s < k) {
            l++;
        } else if (s > k) {
            r--;
        } else if (a[l] == a[r]) {
            // everything between l and r is equal: choose any two
            ll m = r - l + 1;
            res += m * (m - 1) / 2;
            break;
        } else {
            int cl = 1, cr = 1;
            while (l + cl < r && a[l + cl] == a[l]) cl++;
            while (r - cr > l && a[r - cr] == a[r]) cr++;
            res += (ll)cl * cl;
            l += cl;
            r -= cr;
        }
    }
    printf("%lld\n", res);
    return 0;
}