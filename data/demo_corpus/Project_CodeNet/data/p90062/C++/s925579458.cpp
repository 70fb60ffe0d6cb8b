// author: u991805238
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main(void) {
    int n;
    cin >> n;
    vector<ll> x(n), y(n);
    rep(i, n) {
        cin >> x[i] >> y[i];
    }
    ll s = 0;
    rep(i, n) {
        int j = (i + 1) % n;
        s += x[i] * y[j] - x[j] * y[i];
    }
    cout << (s < 0 ? -s : s) << "\n";
    return 0;
}
