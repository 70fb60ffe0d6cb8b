#include<cstdio>
#include<vector>
using namespace std;

void solve() {
	int n;
	scanf("%d", &n);
	vector<int> a(n + 1);
	for(int i = 1; i < n + 1; i++) {
		scanf("%d", &a[i]);
	}
	int swaps = 0;
	for(int i = 1; i < n + 1; i++) {
		while(a[i] != i) {
			swap(a[i], a[a[i]]);
			swaps++;
		}
	}
	printf("%d\n", swaps);
}

int main() {
	solve();
	return 0;
}
