#include <vector>
#include <iostream>

int main() {
	int n;
	std::cin >> n;
	long long k;
	std::cin >> k;
	std::vector<long long> A(n);
	for (auto& x : A) std::cin >> x;
	long long num = 0;
	for (int i = 0; i < n; i++) {
		for (int j = i + 1; j < n; j++) {
			if (A[i] + A[j] == k) num++;
		}
	}
	std::cout << num << "\n";
	return 0;
}