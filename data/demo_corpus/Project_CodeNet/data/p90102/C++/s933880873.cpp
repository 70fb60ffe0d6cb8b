#include <vector>
#include <string>
#include <deque>
#include <iostream>

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define mp make_pair
typedef std::vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { std::ios::sync_with_stdio(0); std::cin.tie(nullptr); } } fastio_;

int main() {
	int q;
	std::cin >> q;
	std::deque<int> dq;
	while (q--) {
		std::string op;
		std::cin >> op;
		if (op == "front") {
			int v;
			std::cin >> v;
			dq.push_front(v);
		} else if (op == "back") {
			int v;
			std::cin >> v;
			dq.push_back(v);
		} else if (dq.empty()) {
			continue;
		} else if (op == "popfront") {
			dq.pop_front();
		} else {
			dq.pop_back();
		}
	}
	if (dq.empty()) {
		std::cout << "empty" << '\n';
		return 0;
	}
	rep(i, (int)dq.size()) {
		if (i) std::cout << ' ';
		std::cout << dq[i];
	}
	std::cout << '\n';
}