// author: u945050448
#include <cmath>
#include <cstdio>
#include <utility>
using namespace std;

using ll = long long;
#define pb push_back
typedef pair<int, int> pii;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
	int a, b, c;
	scanf("%d %d %d", &a, &b, &c);
	if (a + b <= c || b + c <= a || a + c <= b) {
		printf("%d\n", -1);
		return 0;
	}
	double s = (a + b + c) / 2.0;
	double area = sqrt(s * (s - a) * (s - b) * (s - c));
	printf("%.6f\n", area)
	return 0;
}
