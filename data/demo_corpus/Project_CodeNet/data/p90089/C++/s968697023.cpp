// p90089
#include <vector>
#include <string>
#include <utility>
#include <iostream>
using namespace std;

typedef long long ll;
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main() {
	int H, W;
	cin >> H >> W;
	vector<string> g(H);
	for(int i = 0; i < H; i++) {
		string row;
		cin >> row;
		g[i] = row;
	}
	// row j of the result is column j read from the bottom up
	for(int j = 0; j < W; j++) {
		string line;
		for(int i = 0; i < H; i++) {
			line += g[i][j];
		}
		cout << line << '\n';
	}
	return 0;
}