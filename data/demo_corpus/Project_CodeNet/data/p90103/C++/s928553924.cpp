#include <cstdio>
#include <map>
using namespace std;

int main() {
	int n;
	scanf("%d", &n);
	long long k;
	scanf("%lld", &k);
	map<long long, int> num;
	num[0] = 1;
	long long prefix = 0, answer = 0;
	for (int i = 0; i < n; i++) {
		long long val;
		scanf("%lld", &val);
		prefix += val;
		answer += num[prefix - k];
		num[prefix]++;
	}
	printf("%lld\n", answer);
	return 0;
}
