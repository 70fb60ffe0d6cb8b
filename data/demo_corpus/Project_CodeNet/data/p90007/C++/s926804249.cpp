// 2015-01-22
#include <bits/stdc++.h>
using namespace std;

int n, W;
int w[105];
int64_t v[105];
int64_t memo[105][10005];
bool done[105][10005];

int64_t solve_from(int i, int cap) {
	if(i == n) return 0;
	if(done[i][cap]) return memo[i][cap];
	int64_t best = solve_from(i + 1, cap);
	if(w[i] <= cap) {
		int64_t take = solve_from(i + 1, cap - w[i]) + v[i];
		if(take > best) best = take;
	}
	done[i][cap] = true;
	return memo[i][cap] = best;
}

int main() {
	cin >> n >> W;
	for(int i = 0; i < n; ++i) {
		cin >> w[i];
		cin >> v[i];
	}
	cout << solve_from(0, W) << endl;
	return 0;
}