// author: u938563928
#include<iostream>
#include<vector>
#include<utility>
#include<cmath>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define fi first
#define se second
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

ll total(const std::vector<ll>& arr) {
	ll acc = 0;
	for (ll val : arr) {
		acc += val;
	}
	return acc;
}

int main() {
	int n;
	std::cin >> n;
	std::vector<ll> arr(n);
	rep(i, n) std::cin >> arr[i];
	ll ans = total(arr);
	std::cout << ans << '\n';
}