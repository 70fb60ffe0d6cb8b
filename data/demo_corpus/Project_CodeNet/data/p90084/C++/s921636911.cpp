// author: u937427877
#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define rrep(i,n) for(int i=(int)(n)-1;i>=0;--i)
#define pb push_back
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main() {
    ios_base::sync_with_stdio(false);
    cin.tie(NULL);
    int n;
    cin >> n;
    vector<int> h(n);
    rep(j, n) cin >> h[j];
    vector<int> lmax(n), rmax(n);
    rep(i, n) lmax[i] = max(h[i], i > 0 ? lmax[i - 1] : 0);
    rrep(i, n) rmax[i] = max(h[i], i + 1 < n ? rmax[i + 1] : 0);
    ll result = 0;
    rep(i, n) {
        result += min(lmax[i], rmax[i]) - h[i];
    }
    cout << result << "\n";
    return 0;
}