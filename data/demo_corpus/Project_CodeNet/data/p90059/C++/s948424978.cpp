#include <bits/stdc++.h>

int weekday(int y, int m, int d) {
	static const int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	if (m < 3) y -= 1;
	// 0 = Sunday
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

int main() {
	int y, m, d;
	std::cin >> y >> m >> d;
	std::string names[7] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
	std::cout << names[weekday(y, m, d)] << std::endl;
	return 0;
}