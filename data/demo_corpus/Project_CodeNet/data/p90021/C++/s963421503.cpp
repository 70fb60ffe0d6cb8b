#include <iostream>
using namespace std;

typedef long long ll;

#define MOD 1000000007

ll power(ll a, ll b) {
  if(b == 0) return 1;
  ll half = power(a, b / 2);
  ll res = half * half % MOD;
  if(b % 2 == 1) res = res * a % MOD;
  return res;
}

int main() {
  ios::sync_with_stdio(false); cin.tie(nullptr);
  ll a, b;
  cin >> a >> b;
  cout << power(a % MOD, b) << endl;
  return 0;
}