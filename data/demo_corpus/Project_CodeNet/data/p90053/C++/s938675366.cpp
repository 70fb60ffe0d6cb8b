#include <iostream>
#include <set>
#include <vector>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  int n;
  cin >> n;
  set<int> vals;
  for (int i = 0; i < n; i++) {
    int x;
    cin >> x;
    vals.insert(x);
  }
  if ((int)vals.size() < 2) {
    cout << -1 << endl;
    return 0;
  }
  auto it = vals.end();
  --it;
  --it;
  cout << *it << endl;
}