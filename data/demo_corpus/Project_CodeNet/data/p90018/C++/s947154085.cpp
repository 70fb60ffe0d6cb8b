#include <bits/stdc++.h>
using namespace std;

signed main() {
	char buf[200005];
	scanf("%s", buf);
	string s = buf;
	vector<char> stack_;
	bool ok = true;
	const string open = "([{", close = ")]}";
	for(char c : s) {
		size_t k = open.find(c);
		if(k != string::npos) {
			stack_.push_back(close[k]);
		}
		else if(stack_.empty() || stack_.back() != c) {
			ok = false;
		}
		else {
			stack_.pop_back();
		}
	}
	if(ok && stack_.empty()) puts("Yes");
	else puts("No");
}
