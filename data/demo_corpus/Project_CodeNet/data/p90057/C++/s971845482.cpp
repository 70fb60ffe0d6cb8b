#include <vector>
#include <utility>
#include <iostream>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    ios::sync_with_stdio(0); cin.tie(0);
    ll n; cin >> n;
    ll result = 1;
    for (ll p = 2; p * p <= n; p++) {
        int e = 0;
        while (n % p == 0) {
            n /= p;
            e++;
        }
        result *= e + 1;
    }
    if (n > 1) result *= 2;
    cout << result << endl;
    return 0;
}