// author: u994256580
#include <iostream>
#include <vector>
#include <algorithm>
#include <cstdlib>
using namespace std;

int main() {
	int n;
	cin >> n;
	vector<int> A(n);
	for(auto& x : A) cin >> x;
	// tails[k]: smallest tail of an increasing subsequence of length k + 1
	vector<int> tails;
	for(int val : A) {
		auto it = lower_bound(tails.begin(), tails.end(), val);
		if(it == tails.end()) {
			tails.push_back(val);
		} else {
			*it = val;
		}
	}
	cout << (int)tails.size() << endl;
	return 0;
}
