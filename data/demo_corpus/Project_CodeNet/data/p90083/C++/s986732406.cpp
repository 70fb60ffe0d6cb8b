// author: u949855233
#include<bits/stdc++.h>
using namespace std;

void solve() {
  int n;
  cin >> n;
  int change = 1000 - n;
  const int coins[6] = {500, 100, 50, 10, 5, 1};
  int num = 0;
  for (int i = 0; i < 6; i++) {
    num += change / coins[i];
    change %= coins[i];
  }
  cout << num << endl;
}

int main() {
  solve();
  return 0;
}