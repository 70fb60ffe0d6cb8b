// p90083
#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
#define fi first
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main() {
    ios::sync_with_stdio(0);
    cin.tie(NULL);
    int n;
    cin >> n;
    int change = 1000 - n;
    const int coins[6] = {500, 100, 50, 10, 5, 1};
    int cnt = 0;
    // each coin divides the next larger one, so taking the largest first is optimal
    rep(i, 6) {
        cnt += change / coins[i];
        change %= coins[i];
    }
    cout << cnt << endl;
    return 0;
}
