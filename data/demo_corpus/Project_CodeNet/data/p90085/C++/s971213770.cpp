// Demo Contest 029 - Largest Rectangle
#include <iostream>
#include <vector>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define rrep(i,n) for(int i=(int)(n)-1;i>=0;--i)
template <class T, class U> bool chmax(T& a, const U& b) { if (a < b) { a = b; return true; } return false; }

int main()
{
    ios::sync_with_stdio(false);
    int n;
    cin >> n;
    vector<ll> h(n);
    rep(k, n) cin >> h[k];
    // L[i] .. R[i]: the bars around i that are at least as high
    vector<int> L(n), R(n);
    rep(i, n) {
        int j = i - 1;
        while (j >= 0 && h[j] >= h[i]) j = L[j] - 1;
        L[i] = j + 1;
    }
    rrep(i, n) {
        int j = i + 1;
        while (j < n && h[j] >= h[i]) j = R[j] + 1;
        R[i] = j - 1;
    }
    ll res = 0;
    rep(i, n) {
        chmax(res, h[i] * (R[i] - L[i] + 1));
    }
    cout << res << '\n';
    return 0;
}