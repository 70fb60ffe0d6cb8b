#include <cstdlib>
#include <cstdio>
#include <vector>
#include <utility>
using namespace std;

#define pb push_back
#define fi first
#define se second
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;

int main(int argc, char* argv[]) {
	int n;
	scanf("%d", &n);
	vector<pair<long long, long long>> pts(n);
	for (auto& p : pts) {
		scanf("%lld%lld", &p.first, &p.second);
	}
	long long twice = 0;
	for (int i = 0; i < n; i++) {
		auto [x1, y1] = pts[i];
		auto [x2, y2] = pts[(i + 1) % n];
		// trapezoid under the edge
		twice += (x2 - x1) * (y2 + y1);
	}
	printf("%lld\n", abs(twice));
	return 0;
}
