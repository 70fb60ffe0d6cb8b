#include <iostream>
#include <vector>
using namespace std;

int main() {
	int n;
	cin >> n;
	long long k;
	cin >> k;
	vector<long long> v(n);
	for(auto& x : v) cin >> x;
	long long cnt = 0;
	for(int l = 0; l < n; ++l) {
		long long s = 0;
		for(int r = l; r < n; ++r) {
			s += v[r];
			if(s == k) cnt++;
		}
	}
	cout << cnt << endl;
	return 0;
}