// Stack Commands
#include <cstdio>
#include <vector>
#include <string>
#include <cmath>
#include <cstdlib>
using namespace std;

int main() {
  int Q;
  scanf("%d", &Q);
  vector<int> S;
  for (int i = 0; i < Q; i++) {
    char buf[8];
    scanf("%s", buf);
    string cmd = buf;
    if (cmd == "push") {
      int X;
      scanf("%d", &X);
      S.push_back(X);
    }
    else if (cmd == "pop") {
      if (!S.empty()) S.pop_back();
    }
    else {
      if (S.empty()) {
        printf("empty\n");
      }
      else {
        printf("%d\n", S.back());
      }
    }
  }
  return 0;
}