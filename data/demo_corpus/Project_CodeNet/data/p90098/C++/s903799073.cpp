/*
 * Demo Contest 033 - Next Permutation
 * 2022-06-08
 */
#include<iostream>
#include<vector>
#include<algorithm>
#include<utility>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
#define fi first
#define se second
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
	int n; std::cin >> n;
	std::vector<int> nums(n);
	rep(i2, n) std::cin >> nums[i2];
	// a[i + 1 ...] is the longest decreasing suffix
	int i = n - 2;
	while (i >= 0 && nums[i] > nums[i + 1]) i--;
	if (i < 0) {
		std::cout << "none" << std::endl;
		return 0;
	}
	int j = n - 1;
	while (nums[j] < nums[i]) j--;
	std::swap(nums[i], nums[j]);

	rep(k, n) {
		if (k > 0) std::cout << " ";
		std::cout << nums[k];
	}
	std::cout << std::endl;
	return 0;
}
