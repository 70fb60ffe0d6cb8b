#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

int main()
{
	int que;
	cin >> que;
	while(que--)
	{
		ll a;
		cin >> a;
		char op;
		cin >> op;
		ll b;
		cin >> b;
		ll r = 0;
		switch(op)
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
	}
	return 0;
}