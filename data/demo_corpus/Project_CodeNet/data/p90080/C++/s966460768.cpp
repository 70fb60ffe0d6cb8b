#include<bits/stdc++.h>
using namespace std;

int main()
{
	int n; scanf("%d", &n);
	const int val[13] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
	const string sym[13] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
	string ret;
	for (int i = 0; i < 13; i++)
	{
		if (n >= val[i])
		{
			ret += sym[i];
			n -= val[i];
		}
	}
	printf("%s\n", ret.c_str());
}