#include <iostream>
#include <utility>
#include <vector>
using namespace std;

using ll = long long;
#define fi first
#define se second
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
	ll a, b;
	cin >> a >> b;
	auto count_upto = [](ll val) { return val / 4 - val / 100 + val / 400; };
	// a year is a leap year if divisible by 4, except centuries not divisible by 400
	ll upto_b = count_upto(b);
	ll upto_a = count_upto(a - 1);
	cout << (upto_b - upto_a + (a % 4 == 0)) << '\n';
}