// p90038
#include <cstdio>
#include <cmath>
#include <utility>
#include <algorithm>
using namespace std;

using ll = long long;
typedef pair<int, int> pii;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
	int a, b, c;
	scanf("%d%d%d", &a, &b, &c);
	if (a + b <= c || b + c <= a || a + c <= b) {
		printf("%d\n", -1);
		return 0;
	}
	double s = (a + b + c) / 2.0;
	double area = sqrt(s * (s - a) * (s - b) * (s - c));
	printf("%.6f\n", area);
	return 0;
}