#include <bits/stdc++.h>
using namespace std;

bool is_palindrome(const string& s) {
	int i = 0, j = (int)s.size() - 1;
	while (i < j) {
		if (s[i] != s[j]) return false;
		i++;
		j--;
	}
	return true;
}

int main() {
	char buf[200005];
	scanf("%s", buf);
	string s = buf;
	if (is_palindrome(s)) puts("Yes");
	else puts("No");
	return 0;
}