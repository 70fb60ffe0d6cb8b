#include <iostream>
#include <vector>
#include <cmath>
using namespace std;

#define fi first
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

long long gcd(long long a, long long b) {
	if(b == 0) return a;
	return gcd(b, a % b);
}

long long lcm(long long a, long long b) {
	return a / gcd(a, b) * b;
}

int main() {
	long long a, b;
	cin >> a >> b;
	long long g = gcd(a, b);
	long long l = lcm(a, b);
	cout << g << " " << l << endl;
}