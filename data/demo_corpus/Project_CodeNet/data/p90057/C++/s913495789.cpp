#include <iostream>
#include <vector>

int main()
{
	long long n; std::cin >> n;
	long long num = 0;
	for (long long d = 1; d <= n; d++)
	{
		if (n % d == 0)
		{
			num++;
		}
	}
	std::cout << num << std::endl;
	return 0;
}