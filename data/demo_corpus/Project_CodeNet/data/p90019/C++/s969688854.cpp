#include<bits/stdc++.h>
using namespace std;

int main() {
	int n, quantum;
	scanf("%d%d", &n, &quantum);
	queue<pair<string, int>> Q;
	for (int i = 0; i < n; i++) {
		char buf[16];
		scanf("%s", buf);
		string name = buf;
		int t;
		scanf("%d", &t);
		Q.push(make_pair(name, t));
	}
	long long now = 0;
	while (!Q.empty()) {
		auto tmp = Q.front();
		Q.pop();
		if (tmp.second <= quantum) {
			now += tmp.second;
			printf("%s %lld\n", tmp.first.c_str(), now);
		} else {
			now += quantum;
			tmp.second -= quantum;
			Q.push(tmp);
		}
	}
}
