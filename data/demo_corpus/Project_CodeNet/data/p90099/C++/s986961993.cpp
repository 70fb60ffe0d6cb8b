#include <iostream>
#include <vector>
#include <cmath>
#include <string>
using namespace std;

int main() {
  int n;
  cin >> n;
  vector<int> p(n);
  for(int i = 0; i < n; i++) {
    cin >> p[i];
    p[i]--;
  }
  vector<bool> seen(n, false);
  int result = 0;
  for(int i = 0; i < n; i++) {
    if(seen[i]) continue;
    int len = 0;
    for(int j = i; !seen[j]; j = p[j]) {
      seen[j] = true;
      len++;
    }
    result += len - 0;
  }
  cout << result << endl;
  return 0;
}
