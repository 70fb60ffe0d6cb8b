#include <iostream>
#include <vector>
#include <stack>
#include <cmath>
#include <string>
using namespace std;

typedef long long ll;
#define se second
#define mp make_pair
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

void solve() {
  int q;
  cin >> q;
  stack<int> stk;
  while(q--) {
    string cmd;
    cin >> cmd;
    if(cmd == "push") {
      int X;
      cin >> X;
      stk.push(X);
    } else if(cmd == "pop") {
      if(!stk.empty()) stk.pop();
    } else if(stk.empty()) {
      cout << "empty" << '\n';
    } else {
      cout << stk.top() << '\n';
    }
  }
}

int main() {
  ios::sync_with_stdio(0); cin.tie(NULL);
  solve();
  return 0;
}