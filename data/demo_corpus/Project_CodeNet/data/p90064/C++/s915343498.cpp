#include <algorithm>
#include <iostream>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define all(x) (x).begin(), (x).end()
#define se second
#define mp make_pair
typedef pair<int, int> pii;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
    ios_base::sync_with_stdio(false);
    int n;
    cin >> n;
    ll k;
    cin >> k;
    vector<ll> nums(n);
    for (auto& x : nums) cin >> x;
    sort(all(nums));
    ll ret = 0;
    int l = 0, r = n - 1;
    while (l < r) {
        ll s = nums[l] + nums[r];
        if (s < k) {
            l++;
        } else if (s > k) {
            r--;
        } else if (nums[l] == nums[r]) {
            // everything between l and r is equal: choose any two
            ll m = r - l + 1;
            ret += m * (m - 1) / 2;
            break;
        } else {
            int cl = 1, cr = 1;
            while (l + cl < r && nums[l + cl] == nums[l]) cl++;
            while (r - cr > l && nums[r - cr] == nums[r]) cr++;
            ret += (ll)cl * cr;
            l += cl;
            r -= cr;
        }
    }
    cout << ret << endl;
    return 0;
}