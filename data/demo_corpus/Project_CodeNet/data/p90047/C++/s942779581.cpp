// 2019-08-22
#include <bits/stdc++.h>
using namespace std;

int main() {
	long long n; cin >> n;
	string bits;
	if (n == 0) bits = "0";
	while (n > 0) {
		bits += char('0' + n % 2);
		n /= 2;
	reverse(bits.begin(), bits.end());
	cout << bits << endl;
	return 0;
}