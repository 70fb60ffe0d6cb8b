#include <iostream>
using namespace std;

using ll = long long;

#define MOD 1000000007

ll modpow(ll base, ll e) {
   ll result = 1;
   base %= MOD;
   while(e > 0) {
      if(e & 1) result = result * base % MOD;
      base = base * base % MOD;
      e >>= 1;
   }
   return result;
}

int main() {
   ll a, b; cin >> a >> b;
   cout << modpow(a, b) << '\n';
   return 0;
}