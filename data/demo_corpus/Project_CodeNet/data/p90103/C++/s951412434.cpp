// Demo Contest 035 - Subarrays with Sum K
#include <cstdio>
#include <unordered_map>
#include <vector>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
const long long LINF = 1LL << 60;

int main() {
  int n;
  scanf("%d", &n);
  ll k;
  scanf("%lld", &k);
  vector<ll> nums(n);
  rep(i, n) scanf("%lld", &nums[i]);
  unordered_map<ll, ll> seen;
  seen[0] = 1;
  ll s = 0, res = 0;
  for (ll v : nums) {
    s += v;
    auto it = seen.find(s - k);
    if (it != seen.end()) res += it->second;
    seen[s]++;
  }
  printf("%lld\n", res);
  return 0;
}
