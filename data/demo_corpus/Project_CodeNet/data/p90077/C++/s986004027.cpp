// p90077
#include <iostream>
using namespace std;

int main(void) {
  int n;
  cin >> n;
  // the best sums so far with the last number taken or skipped
  long long take = 0, skip = 0;
  for (int i = 0; i < n; i++) {
    long long X;
    cin >> X;
    long long nt = skip + X;
    long long ns = take > skip ? take : skip;
    take = nt;
    skip = ns;
  }
  cout << (take > skip ? take : skip) << endl;
  return 0;
}