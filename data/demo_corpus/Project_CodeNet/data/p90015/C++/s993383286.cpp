// 2016-02-13
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define fi first
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int popcount(ll x) {
    int c = 0;
    while (x > 0) {
        x &= x - 1;
        c++;
    }
    return c;
}

int main() {
    int Q;
    cin >> Q;
    while (Q--) {
        ll x;
        cin >> x;
        cout << popcount(x) << endl;
    }
    return 0;
}
