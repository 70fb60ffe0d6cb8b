// author: u958908392
#include <bits/stdc++.h>
using namespace std;

void solve() {
  int que;
  cin >> que;
  vector<int> stack_;
  for (int i = 0; i < que; i++) {
    string cmd;
    cin >> cmd;
    if (cmd == "push") {
      int x;
      cin >> x;
      stack_.push_back(x);
    } else if (cmd == "pop") {
      if (!stack_.empty()) stack_.pop_back();
    } else {
      if (stack_.empty()) {
        cout << "empty" << endl;
      } else {
        cout << stack_.front() << endl;
      }
    }
  }
}

int main() {
  solve();
  return 0;
}