#include <cstdio>
#include <vector>
#include <utility>
using namespace std;

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define pb push_back
#define fi first
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
    int H, W, Q;
    scanf("%d%d%d", &H, &W, &Q);
    vector<vector<ll>> prefix(H + 1, vector<ll>(W + 1, 0));
    REP(i, H) REP(j, W) {
        ll val;
        scanf("%lld", &val);
        prefix[i + 1][j + 1] = prefix[i][j + 1] + prefix[i + 1][j] - prefix[i][j] + val;
    }
    while (Q--) {
        int r1, c1, r2, c2;
        scanf("%d%d%d%d", &r1, &c1, &r2, &c2);
        ll s = prefix[r2][c2] - prefix[r1 - 1][c2] - prefix[r2][c1 - 1] + prefix[r1 - 1][c1];
        printf("%lld\n", s);
    }
    return 0;
}
