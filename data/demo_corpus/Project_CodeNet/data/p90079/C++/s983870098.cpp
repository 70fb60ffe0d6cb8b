#include <algorithm>
#include <iostream>
#include <string>
using namespace std;

int main() {
	ios::sync_with_stdio(false); cin.tie(nullptr);
	string t, p;
	cin >> t >> p;
	int n = t.size(), m = p.size();
	int res = 0;
	for(int i = 0; i + m <= n; i++) {
		if(t.compare(i, m, p) == 0) res++;
	}
	cout << res << endl;
	return 0;
}