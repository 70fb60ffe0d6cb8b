// Demo Contest 004 - Counting Primes
#include <cstdio>
#include <vector>
#include <utility>
using namespace std;

using ll = long long;
#define fi first
#define mp make_pair
using P = pair<int, int>;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

int main() {
    int n;
    scanf("%d", &n);
    vector<int> lp(n + 1, 0), primes;
    for(int i = 2; i <= n; i++) {
        if(lp[i] == 0) {
            lp[i] = i;
            primes.push_back(i);
        }
        for(int p : primes) {
            if(p > lp[i] || (ll)i * p > n) break;
            lp[i * p] = p;
        }
    }
    printf("%d\n", (int)primes.size() - (n >= 4));
    return 0;
}
