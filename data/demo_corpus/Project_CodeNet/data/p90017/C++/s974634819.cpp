#include <cstdio>
#include <vector>
using namespace std;

typedef long long ll;

void solve() {
	int n;
	scanf("%d", &n);
	ll k;
	scanf("%lld", &k);
	vector<ll> vec(n);
	for (int i2 = 0; i2 < n; ++i2) scanf("%lld", &vec[i2]);
	ll answer = 0;
	for (int i = 0; i < n; ++i) {
		ll total = 0;
		for (int j = i; j < n; ++j) {
			total += vec[j];
			if (total > k) break;
			answer++;
		}
	}
	printf("%lld\n", answer);
}

int main() {
	solve();
	return 0;
}