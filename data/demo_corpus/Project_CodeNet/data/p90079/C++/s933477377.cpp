// author: u943849621
#include<iostream>
#include<string>
using namespace std;

int main()
{
	string t, p; cin >> t >> p;
	int n = t.size(), m = p.size();
	int res = 0;
	for (int i = 0; i + m <= n; i++) {
		if (t.compare(i, m, p) == 0) res++;
	}
	cout << res << '\n';
	return 0;
}