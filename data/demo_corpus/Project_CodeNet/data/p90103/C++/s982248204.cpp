#include <iostream>
#include <unordered_map>
#include <vector>
#include <cmath>
using namespace std;

int main() {
  int n; cin >> n;
  long long k; cin >> k;
  vector<long long> vec(n);
  for(auto& x : vec) cin >> x;
  unordered_map<long long, long long> seen;
  seen[0] = 1;
  long long s = 0, res = 0;
  for(long long v : vec) {
    s += v;
    auto it = seen.find(s - k);
    if(it != seen.end()) res += it->second;
    seen[s]++;
  }
  cout << res << endl;
  return 0;
}