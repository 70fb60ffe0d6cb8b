#include <algorithm>
#include <vector>
#include <cstdio>
#include <utility>
using namespace std;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
#define mp make_pair
typedef pair<int, int> pii;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
#define endl '\n'

int main() {
    int n; scanf("%d", &n);
    vector<int> a(n);
    rep(i, n) scanf("%d", &a[i]);
    sort(a.begin(), a.end());
    // a majority value must cover the middle of the sorted array
    int mid = a[n / 2];
    int from = lower_bound(a.begin(), a.end(), mid) - a.begin();
    int to = upper_bound(a.begin(), a.end(), mid) - a.begin();
    printf("%d\n", (to - from) * 2 > n ? mid : -1);
}
