// p90067
#include <cstdio>
#include <vector>
#include <set>
#include <utility>

typedef long long LL;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
#define se second
#define mp make_pair
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
    int n, k;
    scanf("%d%d", &n, &k);
    std::vector<int> arr(n);
    rep(j, n) scanf("%d", &arr[j]);
    std::multiset<int> win;
    rep(i, n) {
        win.insert(arr[i]);
        if(i >= k) win.erase(win.find(arr[i - k]));
        if(i >= k - 1) {
            if(i - k + 1) putchar(' ');
            printf("%d", *win.rbegin());
        }
    }
    puts("");
    return 0;
}