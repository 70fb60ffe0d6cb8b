#include <string>
#include <cstdlib>
#include <iostream>
using std::cin;

#define REP(i,n) for(int i=0;i<(int)(n);i++)

int stk[200005];
int sp = 0;

int main() {
  std::ios::sync_with_stdio(false); std::cin.tie(nullptr);
  int qu;
  std::cin >> qu;
  REP(i, qu) {
    std::string cmd;
    std::cin >> cmd;
    if (cmd[0] == 'p' && cmd[1] == 'u') {
      std::cin >> stk[sp];
      sp++;
    } else if (cmd[0] == 'p') {
      if (sp > 0) sp--;
    } else if (sp == 0) {
      std::cout << "empty" << std::endl;
    } else {
      std::cout << stk[sp - 1] << std::endl;
    }
  }
  return 0;
}