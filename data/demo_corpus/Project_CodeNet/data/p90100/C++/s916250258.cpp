// Demo Contest 034 - Joining Ropes
#include <cstdio>
#include <set>
using namespace std;

#define ll long long

int main() {
	int n;
	scanf("%d", &n);
	multiset<ll> ms;
	for (int i = 0; i < n; i++) {
		ll len;
		scanf("%lld", &len);
		ms.insert(len);
	}
	ll res = 0;
	while (ms.size() >= 2) {
		ll a = *ms.begin();
		ms.erase(ms.begin());
		ll b = *ms.begin();
		ms.erase(ms.begin());
		res += a + b;
		ms.insert(a + b);
	}
	printf("%lld\n", res);
	return 0;
}