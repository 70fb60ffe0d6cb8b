#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
    int n;
    cin >> n;
    vector<int> h(n);
    for (auto& x : h) cin >> x;
    vector<int> lmax(n), rmax(n);
    for (int i = 0; i < n; i++) lmax[i] = max(h[i], i > 0 ? lmax[i - 1] : 0);
    for (int i = n - 1; i >= 0; i--) rmax[i] = max(h[i], i + 1 < n ? rmax[i + 1] : 0);
    ll ret = 0;
    for (int i = 0; i < n; i++) {
        ret += min(lmax[i], rmax[i]) - h[i];
    }
    cout << ret << '\n';
}