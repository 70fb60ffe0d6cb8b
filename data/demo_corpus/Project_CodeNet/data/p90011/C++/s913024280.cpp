// p90011
#include <iostream>
#include <cstring>
using namespace std;

static char composite[10000001];

int main() {
  ios::sync_with_stdio(0);
  int n;
  cin >> n;
  int cnt = 0;
  for(int i = 2; i <= n; i++) {
    if(composite[i]) continue;
    cnt++;
    for(long long j = (long long)i * i; j <= n; j += i) {
      composite[j] = 1;
    }
  }
  cout << cnt << endl;
  return 0;
}