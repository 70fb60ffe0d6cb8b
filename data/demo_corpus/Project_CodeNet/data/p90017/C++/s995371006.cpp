#include<bits/stdc++.h>
using namespace std;

void solve() {
	int n; cin >> n;
	long long k; cin >> k;
	vector<long long> A(n);
	for(int i = 0; i < n; i++) cin >> A[i];
	long long result = 0, acc = 0;
	int left = 0;
	for(int right = 0; right < n; right++) {
		acc += A[right];
		while(left <= right && acc > k) {
			acc -= A[left];
			left++;
		}
		result += right - left + 1;
	}
	cout << result << '\n';
}

int main() {
	solve();
	return 0;
}