#include <iostream>
#include <string>
using namespace std;

#define REP(i, n) for (int i = 0; i < (n); ++i)

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

void solve() {
  string b;
  REP(i, 3) {
    string row;
    cin >> row;
    b += row;
  }
  const int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};
  string winner = "draw";
  for (auto& ln : lines) {
    if (b[ln[0]] != '.' && b[ln[0]] == b[ln[1]] && b[ln[1]] == b[ln[2]]) {
      winner = string(1, b[ln[0]]);
    }
  }
  cout << winner << endl;
}

int main(int argc, char* argv[]) {
  solve();
  return 0;
}
