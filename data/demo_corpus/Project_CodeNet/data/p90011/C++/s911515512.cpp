// p90011
#include <iostream>
#include <cstring>
using namespace std;

static char composite[10000001];

int main() {
  ios_base::sync_with_stdio(false); cin.tie(0);
  int n; cin >> n;
  int counter = 0;
  for (int i = 2; i <= n; i++) {
    if (composite[i]) continue;
    counter++;
    for (long long j = (long long)i * i; j <= n; j += i) {
      composite[j] = 1;
    }
  }
  cout << counter << '\n';
}
