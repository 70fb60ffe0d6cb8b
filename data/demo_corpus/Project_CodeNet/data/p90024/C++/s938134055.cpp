#include<bits/stdc++.h>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (n); ++i)

int main()
{
	ll k;
	scanf("%lld", &k);
	char buf[200005];
	scanf("%s", buf);
	string s = buf;
	string alphabet = "abcdefghijklmnopqrstuvwxyz";
	string table;
	rep(i, 26)
	{
		table += alphabet[(i + k % 26) % 26];
	}
	string res;
	for(char c : s) res += table[c - 'a'];
	printf("%s\n", res.c_str());
	return 0;
}