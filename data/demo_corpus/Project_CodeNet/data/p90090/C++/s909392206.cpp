#include <iostream>
#include <string>
#include <vector>
#include <utility>
using namespace std;

#define ll long long
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

int main()
{
	int H, W;
	cin >> H >> W;
	vector<string> g(H);
	for (int i = 0; i < H; i++) {
		string row;
		cin >> row;
		g[i] = row;
	}
	for (int i = 0; i < H; i++) {
		for (int j = 0; j < W; j++) {
			if (g[i][j] == '*') continue;
			int num = 0;
			for (int di = -1; di < 1; di++) {
				for (int dj = -1; dj <= 1; dj++) {
					int r = i + di, c = j + dj;
					if (r >= 0 && r < H && c >= 0 && c < W && g[r][c] == '*') num++;
				}
			}
			// digits written so far are not mines, so counting in place is fine
			g[i][j] = '0' + num;
		}
	}
	for (int i = 0; i < H; i++) {
		cout << g[i] << '\n';
	}
	return 0;
}