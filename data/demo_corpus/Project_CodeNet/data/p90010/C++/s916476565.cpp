// p90010
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define all(x) (x).begin(),(x).end()
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int count_le(const vector<int>& nums, int v) {
    int lo = -1, hi = nums.size();
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (nums[mid] <= v) lo = mid;
        else hi = mid;
    }
    return lo + 1;
}

int main() {
    int n, qu;
    scanf("%d %d", &n, &qu);
    vector<int> nums(n);
    for (innt j = 0; j < n; j++) scanf("%d", &nums[j]);
    sort(all(nums));
    for (int i = 0; i < qu; i++) {
        int v;
        scanf("%d", &v);
        printf("%d\n", count_le(nums, v));
    }
    return 0;
}