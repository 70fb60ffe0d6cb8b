// Demo Contest 016 - Binary
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define all(v) v.begin(), v.end()
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef vector<int> vi;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
	ll n;
	scanf("%lld", &n);
	string bits;
	if (n == 0) bits = "0";
	while (n > 0) {
		bits += char('0' + n % 2);
		n /= 2;
	}
	reverse(all(bits));
	puts(bits.c_str());
	return 0;
}
