// p90106
#include <iostream>
#include <string>
#include <algorithm>
using namespace std;

void solve() {
	int n;
	cin >> n;
	string psum;
	cin >> psum;
	for (int i = 0; i < n - 1; i++) {
		string w;
		cin >> w;
		size_t k = 0;
		while (k < psum.size() && k < w.size() && psum[k] == w[k]) k++;
		psum = psum.substr(0, k);
	}
	if (p