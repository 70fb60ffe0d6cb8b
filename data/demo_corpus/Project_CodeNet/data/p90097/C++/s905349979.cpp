// Demo Contest 033 - Permutation Check
#include <bits/stdc++.h>
using namespace std;

#define REP(i,n) for(int i=0;i<(int)(n);i++)

int main() {
	int n;
	scanf("%d", &n);
	set<int> s;
	int mx = 0;
	REP(i, n) {
		int v;
		scanf("%d", &v);
		s.insert(v)
		if (mx < v) mx = v;
	}
	if ((int)s.size() == n && mx == n) puts("Yes");
	else puts("No");
	return 0;
}
