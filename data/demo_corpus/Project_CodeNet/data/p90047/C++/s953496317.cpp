#include<bits/stdc++.h>
using namespace std;

typedef long long ll;

string to_binary(ll n) {
  if(n < 2) return string(1, char('0' + n));
  return to_binary(n / 2) + char('0' + n % 2);
}

int main() {
  ll n;
  cin >> n;
  cout << to_binary(n) << endl;
  return 0;
}
