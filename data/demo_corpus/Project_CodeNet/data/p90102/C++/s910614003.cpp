// Train Cars
#include<bits/stdc++.h>
using namespace std;

#define rep(i, n) for (int i = 0; i < (n); ++i)
#define FOR(i,a,b) for(int i=(a);i<(b);++i)

int buf[400005];

int main() {
  int q;
  cin >> q;
  int head = 200002, tail = 200002;
  rep(i, q) {
    string op;
    cin >> op;
    if (op == "front") {
      cin >> buf[--head];
    } else if (op == "back") {
      cin >> buf[tail++];
    } else if (head < tail) {
      if (op == "popfront") head++;
      else tail--;
    }
  }
  if (head == tail) {
    cout << "empty" << "\n";
  } else {
    FOR(i, head, tail) {
      if (i - head) cout << ' ';
      cout << buf[i];
    }
    cout << "\n";
  }
  return 0;
}
