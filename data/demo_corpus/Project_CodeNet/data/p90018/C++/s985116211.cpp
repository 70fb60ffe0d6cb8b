#include<iostream>
#include<string>
#include<stack>
#include<utility>
#include<vector>

#define pb push_back
#define se second
#define mp make_pair
typedef std::pair<int, int> pii;
typedef std::vector<int> vi;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

bool matches(char open, char close) {
	return (open == '(' && close == ')') || (open == '[' && close == ']') || (open == '{' && close == '}');
}

void solve() {
	std::string s; std::cin >> s;
	std::stack<char> stack_;
	bool valid = true;
	for(char c : s) {
		if(c == '(' || c == '[' || c == '{') {
			stack_.push(c);
		} else {
			if(stack_.empty() || !matches(stack_.top(), c)) {
				valid = false;
				break;
			}
			stack_.pop();
		}
	}
	if(!stack_.empty()) valid = false;
	if(valid) std::cout << "Yes" << std::endl;
	else std::cout << "No" << std::endl;
}

int main() {
	solve();
	return 0;
}