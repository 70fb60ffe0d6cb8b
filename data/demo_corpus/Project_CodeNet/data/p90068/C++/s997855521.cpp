#include <iostream>
#include <vector>
#include <utility>
using namespace std;

typedef long long ll;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define se second
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main()
{
    ios::sync_with_stdio(false); cin.tie(NULL);
    int n, q; cin >> n >> q;
    vector<int> prefix(n + 1, 0);
    REP(i, n) {
        int x; cin >> x;
        prefix[i + 1] = prefix[i] ^ x;
    }
    while(q--) {
        int l, r; cin >> l >> r;
        cout << (prefix[r] ^ prefix[l - 1]) << endl;
    }
    return 0;
}