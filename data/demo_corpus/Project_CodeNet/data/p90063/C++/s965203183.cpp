#include <bits/stdc++.h>
using namespace std;

struct Pt {
	long long x, y;
	Pt operator-(const Pt& o) const { return {x - o.x, y - o.y}; }
};

long long cross(Pt a, Pt b) {
	return a.x * b.y - a.y * b.x;
}

void solve() {
	int qu;
	scanf("%d", &qu);
	while (qu-- > 0) {
		Pt p[3];
		for (int i = 0; i < 3; i++) {
			scanf("%lld %lld", &p[i].x, &p[i].y);
		}
		bool ok = cross(p[1] - p[0], p[2] - p[0]) == 0;
		puts(ok ? "Yes" : "No");
	}
}

int main() {
	solve();
	return 0;
}