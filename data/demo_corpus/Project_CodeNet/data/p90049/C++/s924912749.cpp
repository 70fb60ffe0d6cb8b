#include <bits/stdc++.h>
using namespace std;

int main() {
	int n;
	scanf("%d", &n);
	vector<string> names(n);
	vector<int> score(n), order(n);
	for (int i = 0; i < n; i++) {
		char buf[16];
		scanf("%s", buf);
		string nm = buf;
		names[i] = nm;
		scanf("%d", &score[i]);
		order[i] = i;
	}
	sort(order.begin(), order.end(), [&](int a, int b) {
		if (score[a] != score[b]) return score[a] > score[b];
		return names[a] < names[b];
	});
	for (int i : order) {
		printf("%s %d\n", names[i].c_str(), score[i]);
}