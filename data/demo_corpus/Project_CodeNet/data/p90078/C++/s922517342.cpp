#include <iostream>
#include <cstdint>
#include <vector>
using namespace std;

const int INF = 1000000000;

int main() {
	ios_base::sync_with_stdio(false);
	cin.tie(NULL);
	int n;
	cin >> n;
	vector<int> h(n);
	for (int k = 0; k < n; k++) cin >> h[k];
	vector<int> cost(n, INF);
	cost[0] = 0;
	for (int i = 0; i < n; i++) {
		// push the cost of stone i forward to the stones it can reach
		for (int j = i + 1; j <= i + 2 && j < n; j++) {
			int d = h[i] > h[j] ? h[i] - h[j] : h[j] - h[i];
			if (cost[j] > cost[i] + d) cost[j] = cost[i] + d;
		}
	}
	cout << cost[n - 1] << '\n';
	return 0;
}