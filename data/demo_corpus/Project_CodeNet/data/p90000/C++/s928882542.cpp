// Sum of Pairs
#include<iostream>
#include<vector>
using namespace std;

typedef long long ll;

struct Query {
	ll x, y;
	ll total() const { return x + y; }
};

int main() {
	int n; cin >> n;
	vector<Query> qs(n);
	for (auto& e : qs) {
		cin >> e.x >> e.y;
	}
	for (const auto& e : qs) {
		cout << e.total() << "\n";
	}
	return 0;
}
