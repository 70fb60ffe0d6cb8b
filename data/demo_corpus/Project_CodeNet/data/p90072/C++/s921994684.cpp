#include <bits/stdc++.h>
using std::vector;

typedef long long ll;
#define all(x) (x).begin(), (x).end()
#define rep(i, n) for (int i = 0; i < (n); ++i)

int main() {
	int n, Q
	std::cin >> n >> Q;
	std::vector<ll> diff(n + 1, 0);
	while (Q--) {
		int l, r;
		std::cin >> l >> r;
		ll v;
		std::cin >> v;
		diff.at(l - 1) += v;
		diff.at(r) -= v;
	}
	std::partial_sum(all(diff), diff.begin());
	rep(i, n) {
		if (i) std::cout << ' ';
		std::cout << diff[i];
	}
	std::cout << std::endl;
	return 0;
}