// Demo Contest 023 - Sliding Window Maximum
#include<bits/stdc++.h>
using namespace std;

int main() {
	int n, k;
	scanf("%d %d", &n, &k);
	vector<int> A(n);
	for (int j = 0; j < n; j++) scanf("%d", &A[j]);
	deque<int> dq;
	vector<int> ans;
	for (int i = 0; i < n; i++) {
		while (!dq.empty() && A[dq.back()] <= A[i]) dq.pop_back();
		dq.push_back(i);
		if (dq.front() <= i - k) dq.pop_front();
		if (i >= k - 1) ans.push_back(A[dq.front()]);
	}
	for (int i = 0; i < (int)ans.size(); i++) {
		if (i > 0) printf(" ");
		printf("%d", ans[i]);
	}
	printf("\n");
	return 0;
}