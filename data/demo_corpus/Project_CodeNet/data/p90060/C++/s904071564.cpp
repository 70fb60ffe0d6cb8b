// author: u989924518
#include <cstdio>
using namespace std;

// days since a fixed day; the year starts in March so that the leap day comes last
long long to_days(long long y, long long m, long long d) {
	if(m <= 1) {
		y--;
		m += 12;
	}
	return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}

int main() {
	long long y1, m1, d1;
	scanf("%lld%lld%lld", &y1, &m1, &d1);
	long long y2, m2, d2;
	scanf("%lld%lld%lld", &y2, &m2, &d2);
	printf("%lld\n", to_days(y2, m2, d2) - to_days(y1, m1, d1));
}