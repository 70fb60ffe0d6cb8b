#include <iostream>
#include <string>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
  ios_base::sync_with_stdio(false);
  string b;
  for(int i = 0; i < 3; i++) {
    string row;
    cin >> row;
    b += row;
  }
  const int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};
  string winner = "draw";
  for(auto& ln : lines) {
    if(b[ln[0]] != '.' && b[ln[0]] == b[ln[1]] && b[ln[1]] == b[ln[2]]) {
      winner = string(1, b[ln[0]]);
    }
  }
  cout << winner << endl;
  return 0;
}