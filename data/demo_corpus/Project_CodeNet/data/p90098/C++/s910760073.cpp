// Demo Contest 033 - Next Permutation
#include <cstdio>
#include <vector>
#include <algorithm>
#include <utility>
#include <cmath>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

void solve() {
    int n; scanf("%d", &n);
    vector<int> arr(n);
    rep(i2, n) scanf("%d", &arr[i2]);
    // a[i + 1 ...] is the longest decreasing suffix
    int i = n - 2;
    while (i >= 0 && arr[i] > arr[i + 1]) i--;
    if (i < 0) {
        puts("none");
        return;
    }
    int j = n - 1;
    while (arr[j] < arr[i]) j--;
    swap(arr[i], arr[j]);
    reverse(arr.begin() + i + 1, arr.end());
    rep(k, n) {
        if (k > 0) printf(" ");
        printf("%d", arr[k]);
    }
    printf("\n");
}

int main() {
    solve();
    return 0;
}
