#include <iostream>
#include <string>
using namespace std;

int main() {
  string b;
  for (int i = 0; i < 3; i++) {
    string row; cin >> row;
    b += row;
  }
  const int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}};
  string winner = "draw";
  for (auto& ln : lines) {
    if (b[ln[0]] != '.' && b[ln[0]] == b[ln[1]] && b[ln[1]] == b[ln[2]]) {
      winner = string(1, b[ln[0]]);
    }
  }
  cout << winner << endl;
}