// 2017-02-18
#include <iostream>
#include <vector>
#include <cstring>
using namespace std;

int n;
vector<int> coins;
int memo[100005];

int best(int val) {
	if(val == 0) return 0;
	if(memo[val] != -2) return memo[val];
	int res = -1;
	for(int c : coins) {
		if(c > val) continue;
		int sub = best(val - c);
		if(sub >= 0 && (res < 0 || sub + 1 < res)) res = sub + 1;
	}
	return memo[val] = res;
}

int main() {
	int N, val;
	cin >> N >> val;
	n = N;
	coins.resize(n);
	for(auto& x : coins) cin >> x;
	for(int i = 0; i < val + 1; ++i) memo[i] = -2;
	for(int i = 0; i < val + 1; ++i) best(i);
	cout << best(val) << '\n';
	return 0;
}