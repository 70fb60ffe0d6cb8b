// Bit Count
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(NULL);
  int que;
  cin >> que;
  for (int i = 0; i < que; i++) {
    ll v;
    cin >> v;
    int bits = __builtin_popcountll(v);
    cout << bits << '\n';
  }
  return 0;
}