#include <bits/stdc++.h>
using namespace std;

using ll = long long;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define fi first
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;

void solve()
{
    int n;
    scanf("%d", &n);
    ll sum = 0;
    ll maxv = -1000000001;
    rep(i, n) {
        ll x;
        scanf("%lld", &x);
        sum += x;
        maxv = max(maxv, x);
    }
    // mx is not needed for the answer, but handy when debugging
    printf("%lld\n", sum);
}

int main(int argc, char* argv[])
{
    solve();
    return 0;
}