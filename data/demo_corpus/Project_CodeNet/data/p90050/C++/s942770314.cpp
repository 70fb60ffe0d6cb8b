#include<algorithm>
#include<iostream>
#include<string>
using namespace std;

bool is_vowel(char c)
{
	switch (c) {
	case 'a': case 'e': case 'i': case 'o': case 'u':
		return true;
	default:
		return false;
	}
}

int main()
{
	string s;
	cin >> s;
	int cnt = count_if(s.begin(), s.end(), is_vowel);
	cout << cnt << endl;
	return 0;
}
