// 2021-10-14
#include <iostream>
#include <numeric>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(NULL);
    ll n; cin >> n;
    ll num = 0;
    for(ll k = 1; k <= n; k++) {
        if(gcd(k, n) == 1) num++;
    }
    cout << num << endl;
    return 0;
}
