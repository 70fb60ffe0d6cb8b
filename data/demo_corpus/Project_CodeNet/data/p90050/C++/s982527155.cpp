#include <cstdio>
#include <cstring>
#include <string>
using namespace std;

void solve()
{
	char buf[200005];
	scanf("%s", buf);
	string s = buf;
	const char* vowels = "aeiou";
	int ans = 0;
	for (int i = 0; i < (int)s.size(); ++i)
	{
		if (strchr(vowels, s[i]) != NULL)
		{
			ans++;
		}
	}