// Demo Contest 013 - FizzBuzz
#include <iostream>
#include <string>
#include <algorithm>
using namespace std;

string say(int i) {
	switch (i % 15) {
	case 0:
		return "FizzBuzz";
	case 3: case 6: case 9: case 12:
		return "Fizz";
	case 5: case 10:
		return "Buzz";
	default:
		return to_string(i);
	}
}

int main(void) {
	ios_base::sync_with_stdio(false);
	cin.tie(0);
	int n;
	cin >> n;
	for (int i = 0; i < n; i++) {
		cout << say(i + 1) << '\n';
	}
}