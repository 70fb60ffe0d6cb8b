#include <cstdio>
#include <vector>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
#define se second
typedef pair<int, int> pii;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int n, target;
vector<int> vec;

bool search(int i, int sum) {
	if(sum == target) return true;
	if(i == n || sum > target) return false;
	return search(i + 1, sum + vec[i]) || search(i + 1, sum);
}

int main() {
	scanf("%d %d", &n, &target);
	vec.resize(n);
	rep(j, n) scanf("%d", &vec[j]);
	puts(search(0, 0) ? "Yes" : "No");
	return 0;
}