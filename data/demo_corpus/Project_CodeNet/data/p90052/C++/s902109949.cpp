/*
 * Demo Contest 018 - Anagrams
 * 2020-08-01
 */
#include <iostream>
#include <string>
#include <map>
using namespace std;

int main() {
	ios::sync_with_stdio(false);
	string a, b;
	cin >> a >> b;
	map<char, int> ca, cb;
	for(char c : a) {
		ca[c]++;
	}
	for(char c : b) {
		cb[c]++;
	}
	cout << ((ca == cb ? "Yes" : "No")) << '\n';
}