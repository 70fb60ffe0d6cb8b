// p90066
#include <cstdio>
#include <string>
#include <vector>
#include <utility>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define fi first
#define se second
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }
#define endl '\n'

void solve() {
    int qu;
    scanf("%d", &qu);
    vector<int> S;
    rep(i, qu) {
        char buf[8];
        scanf("%s", buf);
        string cmd = buf;
        if (cmd == "push") {
            int val;
            scanf("%d", &val);
            S.push_back(val);
        } else if (cmd == "pop") {
            if (!S.empty()) S.pop_back();
        } else {
            if (S.empty()) {
                puts("empty");
            } else {
                printf("%d\n", S.back());
            }
        }
    }
}

int main() {
    solve();
    return 0;
}
