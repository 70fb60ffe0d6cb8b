#include <iostream>
using namespace std;

int main() {
  int Q;
  cin >> Q;
  while (Q--) {
    // the values may grow past 32 bits on the way
    long long n;
    cin >> n;
    int steps = 0;
    while (n != 1) {
      if (n % 2 == 0) {
        n /= 2;
      } else {
        n = 3 * n + 1;
      }
      steps++;
    }
    cout << steps << endl;
  }
}
