/*
 * Demo Contest 004 - Counting Primes
 * 2015-03-27
 */
#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;

int main() {
	int n;
	cin >> n;
	vector<bool> is_prime(n + 1, true);
	is_prime[0] = false;
	if(n >= 1) is_prime[1] = false;
	for(int i = 2; (ll)i * i <= n; i++) {
		if(!is_prime[i]) continue;
		for(int j = i * i; j <= n; j += i) is_prime[j] = false;
	}
	int num = 0;
	for(int i = 2; i <= n; i++) {
		if(is_prime[i]) num++;
	}
	cout << num << endl;
	return 0;
}