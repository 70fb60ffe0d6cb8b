#include<bits/stdc++.h>
using namespace std;

int main(void) {
  string a, b;
  cin >> a >> b;
  if(a.size() != b.size()) {
    cout << "No" << '\n';
    return 0;
  }
  sort(a.begin(), a.end());
  sort(b.begin(), b.end());
  cout << ((a == b ? "Yes" : "No")) << '\n';
  return 0;
}