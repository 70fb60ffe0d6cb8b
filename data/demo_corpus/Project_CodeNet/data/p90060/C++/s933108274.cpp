// Days Between Dates
#include <bits/stdc++.h>
using namespace std;

using ll = long long;
#define mp make_pair
typedef pair<int, int> pii;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(0); } } fastio_;

// days since a fixed day; the year starts in March so that the leap day comes last
ll to_days(ll y, ll m, ll d)
{
    if (m <= 2) {
        y--;
        m += 12;
    }
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}

void solve()
{
    ll y1, m1, d1;
    cin >> y1 >> m1 >> d1;
    ll y2, m2, d2;
    cin >> y2 >> m2 >> d2;
    cout << to_days(y2, m2, d2) - to_days(y1, m1, d1) << "\n";
}

int main()
{
    solve();
    return 0;
}