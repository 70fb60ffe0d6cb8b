#include <iostream>
using namespace std;

int main() {
	ios::sync_with_stdio(false);
	cin.tie(nullptr);
	int n;
	cin >> n;
	int minv = 2000000000;
	int answer = 0;
	for(int i = 0; i < n; ++i) {
		int p;
		cin >> p;
		if(answer < p - minv) answer = p - minv;
		if(minv > p) minv = p;
	}
	cout << answer << "\n";
	return 0;
}
