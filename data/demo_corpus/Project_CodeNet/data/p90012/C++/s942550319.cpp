// Palindrome
#include <iostream>
#include <string>
#include <algorithm>
#include <cstdlib>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(nullptr); } } fastio_;

bool is_palindrome(const string& s)
{
	int i = 0, j = (int)s.size() - 1;
	while (i < j)
	{
		if (s[i] != s[j]) return false;
		i++;
		j--;
	}
	return true;
}

int main()
{
	string s;
	cin >> s;
	if (is_palindrome(s)) cout << "Yes" << '\n';
	else cout << "No" << '\n';
	return 0;
}
