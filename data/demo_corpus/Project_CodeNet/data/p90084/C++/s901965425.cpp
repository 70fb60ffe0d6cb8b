#include <iostream>
#include <vector>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

int main() {
  int n; cin >> n;
  vector<long long> h(n);
  for(int i = 0; i < n; i++) cin >> h[i];
  int l = 0, r = n - 1;
  long long lmax = 0, rmax = 0, water = 0;
  while(l < r) {
    if(h[l] < h[r]) {
      if(h[l] >= lmax) lmax = h[l];
      else water += lmax - h[l];
      l++;
    } else {
      if(h[r] >= rmax) rmax = h[r];
      else water += rmax - h[r];
      r--;
    }
  }
  cout << water << '\n';
  return 0;
}