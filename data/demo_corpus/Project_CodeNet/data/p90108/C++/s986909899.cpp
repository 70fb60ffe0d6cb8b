#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define mp make_pair
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

ll apply(ll a, char op, ll b) {
    if (op == '+') return a + b;
    if (op == '-') return a - b;
    if (op == '*') return a * b;
    return a / b;
}

int main() {
    ios::sync_with_stdio(0); cin.tie(NULL);
    int Q;
    cin >> Q;
    rep(i, Q) {
        ll a;
        cin >> a;
        char op;
        cin >> op;
        ll b;
        cin >> b;
        cout << apply(a, op, b) << "\n";
    }
