#include <iostream>
using namespace std;

int main()
{
	int q;
	cin >> q;
	while (q--)
	{
		long long a;
		cin >> a;
		char op;
		cin >> op;
		long long b;
		cin >> b;
		long long r = 0;
		switch (op)
		{
		case '+':
			r = a + b;
			break;
		case '-':
			r = a - b;
			break;
		case '*':
			r = a * b;
			break;
		default:
			r = a / b;
			break;
		}
		cout << r << endl;