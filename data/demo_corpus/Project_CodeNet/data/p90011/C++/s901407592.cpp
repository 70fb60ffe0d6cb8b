// author: u992141133
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

int main(void) {
  ios::sync_with_stdio(false); cin.tie(NULL);
  int n; cin >> n;
  vector<bool> is_prime(n + 1, true);
  is_prime[0] = false;
  if (n >= 1) is_prime[1] = false;
  for (int i = 2; (ll)i * i <= n; i++) {
    if (!is_prime[i]) continue;
    for (int j = i * i; j <= n; j += i) is_prime[j] = false;
  }
  int num = 0;
  for (int i = 2; i <= n; i++) {
    if (is_prime[i]) num++;
  }
  cout << num << endl;
  return 0;
}
