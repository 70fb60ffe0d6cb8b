// p90043
#include<cstdio>
#include<vector>
#include<utility>
using namespace std;

typedef long long ll;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

ll sort_count(vector<int>& nums, int l, int r) {
    if (r - l <= 1) return 0;
    int m = (l + r) / 2;
    ll tot = sort_count(nums, l, m) + sort_count(nums, m, r);
    vector<int> merged;
    int i = l, j = m;
    while (i < m || j < r) {
        if (j == r || (i < m && nums[i] <= nums[j])) {
            merged.push_back(nums[i++]);
        }
        else {
            tot += m - i;  // a[j] jumps over every remaining left element
            merged.push_back(nums[j++]);
        }
    }
    for (int k = l; k < r; k++) nums[k] = merged[k - l];
    return tot;
}

int main() {
    int n;
    scanf("%d", &n);
    vector<int> nums(n);
    REP(i2, n) scanf("%d", &nums[i2]);
    printf("%lld\n", sort_count(nums, 0, n));
}