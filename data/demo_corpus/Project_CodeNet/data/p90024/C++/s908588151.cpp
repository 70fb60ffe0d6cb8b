// 2016-07-13
#include<bits/stdc++.h>
using namespace std;

void solve() {
	long long k;
	cin >> k;
	string s;
	cin >> s;
	int shift = k % 26;
	for(auto& c : s) {
		c = 'a' + (c - 'a' + shift) % 26;
	}