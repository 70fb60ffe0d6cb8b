/*
 * Demo Contest 006 - Short Subarrays
 * 2015-12-21
 */
#include <bits/stdc++.h>
using namespace std;

using ll = long long;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
#define se second
typedef pair<int, int> pii;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    ios::sync_with_stdio(false); cin.tie(0);
    int n;
    cin >> n;
    ll k;
    cin >> k;
    vector<ll> a(n);
    REP(i, n) cin >> a[i];
    ll ret = 0, acc = 0;
    int left = 0;
    // window [left, right] with sum <= k
    REP(right, n) {
        acc += a[right];
        while (left <= right && acc > k) {
            acc -= a[left];
            left++;
        }
        ret += right - left + 1;
    }
    cout << ret << "\n";
    return 0;
}