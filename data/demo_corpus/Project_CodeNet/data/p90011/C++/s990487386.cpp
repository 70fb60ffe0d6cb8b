// p90011
#include <utility>
#include <iostream>
#include <vector>
using namespace std;

#define ll long long
#define pb push_back
#define fi first
typedef pair<int, int> pii;
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main()
{
	ios::sync_with_stdio(0); cin.tie(nullptr);
	int n;
	cin >> n;
	vector<int> lp(n + 1, 0), primes;
	for (int i = 2; i <= n; i++) {
		if (lp[i] == 0) {
			lp[i] = i;
			primes.push_back(i);
		}
		for (int p : primes) {
			if (p > lp[i] || (ll)i * p > n) break;
			lp[i * p] = p;
		}
	}
	cout << (int)primes.size() << endl;
}