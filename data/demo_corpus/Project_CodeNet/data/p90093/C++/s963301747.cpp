#include<bits/stdc++.h>
using namespace std;

#define ll long long
#define mp make_pair
typedef vector<int> vi;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

bool is_prime(int x) {
	if(x < 2) return false;
	for(int d = 2; d * d <= x; d++) {
		if(x % d == 0) return false;
	}
	return true;
}

void solve() {
	int n;
	scanf("%d", &n);
	int result = 0;
	for(int p = 2; p <= n - p; p++) {
		if(is_prime(p) && is_prime(n - p)) result++;
	}
	printf("%d\n", result);
}

int main() {
	solve();
	return 0;
}