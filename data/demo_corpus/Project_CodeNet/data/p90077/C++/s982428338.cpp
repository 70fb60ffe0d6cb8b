#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define pb push_back
typedef pair<int, int> pii;
using P = pair<int, int>;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main()
{
    ios_base::sync_with_stdio(false);
    cin.tie(NULL);
    int n; cin >> n;
    vector<ll> nums(n);
    for (auto& x : nums) cin >> x;
    vector<ll> memo(n + 1, 0);
    memo[1] = nums[0];
    for (int i = 2; i < n + 1; i++)
    {
        memo[i] = max(memo[i - 1], memo[i - 2] + nums[i - 1]);
    }
    cout << memo[n] << "\n";
    return 0;
}
