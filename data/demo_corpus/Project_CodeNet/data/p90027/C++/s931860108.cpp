/*
 * Coin Change
 * 2016-12-14
 */
#include<iostream>
#include<vector>
#include<cstring>
#include<algorithm>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define fi first
#define mp make_pair
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int n;
vector<int> coins;
int memo[100005];

int best(int v) {
    if (v == 0) return 0;
    if (memo[v] != -2) return memo[v];
    int res = -1;
    for (int c : coins) {
        if (c > v) continue;
        int sub = best(v - c);
        if (sub >= 0 && (res < 0 || sub + 1 < res)) res = sub + 1;
    }
    return memo[v] = res;
}

void solve() {
    int N, v; cin >> N >> v;
    n = N;
    coins.resize(n);
    rep(j, n) cin >> coins[j];
    rep(i, v + 1) memo[i] = -2;
    rep(i, v + 1) best(i);
    cout << best(v) << "\n";
}

int main() {
    solve();
    return 0;
}