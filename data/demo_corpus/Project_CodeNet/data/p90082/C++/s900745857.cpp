#include <iostream>
using namespace std;

typedef long long ll;

#define MOD 1000000007

ll inverse(ll nums) {
  ll r = 1, e = MOD - 2;
  while(e) {
    if(e & 1) r = r * nums % MOD;
    nums = nums * nums % MOD;
    e >>= 1;
  }
  return r;
}

int main() {
  ios::sync_with_stdio(false);
  cin.tie(0);
  int que;
  cin >> que;
  while(que--) {
    int n, k;
    cin >> n >> k;
    ll num = 1, den = 1;
    for(int i = 0; i < k; i++) {
      num = num * (n - i) % MOD;
      den = den * (i + 1) % MOD;
    }
    cout << num * inverse(den) % MOD << endl;
  }
  return 0;
}
