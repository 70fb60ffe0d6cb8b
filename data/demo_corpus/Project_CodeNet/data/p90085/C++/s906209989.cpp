#include <bits/stdc++.h>

#define ll long long
#define REP(i,n) for(int i=0;i<(int)(n);i++)
template <class T, class U> bool chmax(T& a, const U& b) { if (a < b) { a = b; return true; } return false; }

int main(void) {
	int n;
	std::cin >> n;
	std::vector<ll> h(n + 1, 0);
	REP(i, n) {
		std::cin >> h[i];
	}
	std::stack<int> stk;
	ll best = 0;
	REP(i, n + 1) {
		while (!stk.empty() && h[stk.top()] >= h[i]) {
			ll height = h[stk.top()];
			stk.pop();
			int from = stk.empty() ? -1 : stk.top();
			chmax(best, height * (i - from - 1));
		}
		stk.push(i);
	}
	std::cout << best << '\n';
	return 0;
}
