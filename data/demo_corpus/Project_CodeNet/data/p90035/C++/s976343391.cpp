#include <cstdio>
#include <cctype>
#include <cstdlib>
using namespace std;

int main()
{
	int c;
	long long sum = 0;
	while ((c = getchar()) != EOF && c != '\n')
	{
		if (isdigit(c)) sum += c - '0';
	}
	printf("%lld\n", sum);
}
