#include<bits/stdc++.h>
using namespace std;

#define ll long long
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
#define fi first
#define se second
#define mp make_pair
typedef pair<int, int> pii;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main() {
    int n; cin >> n;
    vector<ll> arr(n), dp(n);
    for(auto& x : arr) cin >> x;
    dp[0] = arr[0];
    ll result = dp[0];
    FOR(i, 1, n) {
        dp[i] = arr[i];
        if(dp[i - 1] > 0) dp[i] += dp[i - 1];
        if(dp[i] > result) result = dp[i];
    }
    cout << result << endl;
    return 0;
}
