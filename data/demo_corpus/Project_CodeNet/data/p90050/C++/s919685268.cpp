#include <iostream>
#include <string>
#include <cstring>
using namespace std;

int main() {
	ios_base::sync_with_stdio(false);
	cin.tie(0);
	string s;
	cin >> s;
	const char* vowels = "aeiou";
	int result = 0;
	for(int i = 0; i < (int)s.size(); i++) {
		if(strchr(vowels, s[i]) != NULL) {
			result++;
		}
	}
	cout << result << '\n';
	return 0;
}