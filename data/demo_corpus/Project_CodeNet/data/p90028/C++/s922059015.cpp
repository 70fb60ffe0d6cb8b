// author: u993369252
#include <vector>
#include <cmath>
#include <string>
#include <utility>
#include <cstdio>
#include <algorithm>
using std::string;
using std::vector;

#define pb push_back
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
typedef std::vector<int> vi;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

constexpr long long MOD = 1000000007;
int H, W;
std::vector<std::string> S;
std::vector<std::vector<long long>> memo;

long long ways(int r, int c) {
	if(r < 0 || c < 0 || S[r][c] == '#') return 0;
	if(r == 0 && c == 0) return 1;
	long long& m = memo[r][c];
	if(m >= 0) return m;
	return m = (ways(r - 1, c) + ways(r, c - 1)) % MOD;
}

int main() {
	scanf("%d %d", &H, &W);
	S.resize(H);
	for(int i = 0; i < H; ++i) {
		char buf[1005];
		scanf("%s", buf);
		std::string row = buf;
		S[i] = row;
	}
	memo.assign(H, std::vector<long long>(W, -1));
	for(int i = 0; i < H; ++i) for(int j = 0; j < W; ++j) ways(i, j);
	printf("%lld\n", ways(H - 1, W - 1));
}
