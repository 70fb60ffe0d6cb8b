#include <iostream>
#include <map>
using namespace std;

int main() {
  ios_base::sync_with_stdio(false); cin.tie(nullptr);
  int n; cin >> n;
  map<int, int> cnt;
  for (int i = 0; i < n; i++) {
    int v; cin >> v;
    cnt[v]++;
  }
  int printed = 0;
  for (auto& kv : cnt) {
    for (int k = 0; k < kv.second; k++) {
      if (printed++) {
        cout << " ";
      }
      cout << kv.first;
    }
  }
  cout << endl;
  return 0;
}