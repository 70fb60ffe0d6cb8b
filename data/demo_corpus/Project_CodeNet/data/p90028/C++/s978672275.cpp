// 2017-06-16
#include <cstdio>
#include <string>
#include <vector>
#include <utility>
using namespace std;

#define pb push_back
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;

const long long MOD = 1000000007;

int main() {
    int H, W; scanf("%d%d", &H, &W);
    vector<long long> memo(W, 0);
    memo[0] = 1;
    for(int i = 0; i < H; ++i) {
        char buf[1005];
        scanf("%s", buf);
        string row = buf;
        for(int j = 0; j < W; ++j) {
            if(row[j] == '#') memo[j] = 0;
            else if(j > 0) memo[j] = (memo[j] + memo[j - 1]) % MOD;
        }
    }
    printf("%lld\n", memo[W - 1]);
    return 0;
}
