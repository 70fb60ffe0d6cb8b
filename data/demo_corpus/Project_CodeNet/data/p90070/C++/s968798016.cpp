#include <iostream>
#include <cmath>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define se second
typedef vector<int> vi;
const int INF = 1e9;

int main() {
    int Q;
    cin >> Q;
    rep(i, Q) {
        ll n;
        cin >> n;
        ll r = (ll)sqrtl((long double)n);
        while (r * r > n) {
            r--;
        }
        while ((r + 1) * (r + 1) <= n) {
            r++;
        }
        cout << r << '\n';
    }
    return 0;
}
