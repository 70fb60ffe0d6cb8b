// Collinear Points
#include <bits/stdc++.h>
using namespace std;

#define pb push_back
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }
#define endl '\n'

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(nullptr); } } fastio_;

long long cross(long long ax, long long ay, long long bx, long long by) {
    return ax * by - ay * bx;
}

int main() {
    int que; cin >> que;
    for (int k = 0; k < que; k++) {
        long long x1, y1, x2, y2, x3, y3; cin >> x1 >> y1 >> x2 >> y2 >> x3 >> y3;
        long long c = cross(x2 - x1, y2 - y1, x3 - x1, y3 - y1);
        cout << ((c == 0 ? "Yes" : "No")) << endl;
    }
    return 0;
}
