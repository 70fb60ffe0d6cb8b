#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define fi first
#define se second
using P = pair<int, int>;
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
#define endl '\n'

int main() {
    ios::sync_with_stdio(0);
    cin.tie(0);
    int que;
    cin >> que;
    for (int i = 0; i < que; i++) {
        ll X;
        cin >> X;
        bitset<64> b(X);
        cout << (int)b.count() << "\n";
    }
    return 0;
}