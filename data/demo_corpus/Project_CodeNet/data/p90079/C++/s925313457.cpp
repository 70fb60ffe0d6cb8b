/*
 * Demo Contest 027 - Pattern Count
 * 2021-05-06
 */
#include<string>
#include<iostream>
using std::cin;
using std::string;

int main() {
	std::ios_base::sync_with_stdio(false); std::cin.tie(NULL);
	std::string t, p;
	std::cin >> t >> p;
	int counter = 0;
	size_t pos = t.find(p);
	while (pos != std::string::npos) {
		counter++;
		pos = t.find(p, pos + p.size());
	}
	std::cout << counter << std::endl;
	return 0;
}