// Demo Contest 030 - Rotate Grid
#include <iostream>
#include <string>
#include <vector>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
#define se second
#define mp make_pair
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main(int argc, char* argv[]) {
  int H, W;
  cin >> H >> W;
  vector<string> g(H);
  for(int i = 0; i < H; ++i) {
    string row;
    cin >> row;
    g[i] = row;
  }
  for(int j = 0; j < W; ++j) {
    string line;
    for(int i = H - 1; i >= 0; --i) {
      line += g[i][j];
    }
    cout << line << endl;
  }
  return 0;
}
