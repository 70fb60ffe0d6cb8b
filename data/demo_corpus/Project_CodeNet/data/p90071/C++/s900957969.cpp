#include<iostream>
#include<algorithm>
#include<vector>
using namespace std;

int main() {
	int n; cin >> n;
	vector<int> st(n), en(n);
	for(int i = 0; i < n; ++i) {
		cin >> st[i] >> en[i];
	}
	sort(st.begin(), st.end());
	sort(en.begin(), en.end());
	int j = 0, ans = 0;
	for(int i = 0; i < n; ++i) {
		while(j < n && en[j] <= st[i]) j++;
		ans = max(ans, i + 1 - j);
	}
	cout << ans << endl;
	return 0;
}
