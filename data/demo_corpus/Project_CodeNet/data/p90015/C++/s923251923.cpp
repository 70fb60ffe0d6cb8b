#include <bitset>
#include <cstdio>
#include <vector>
using namespace std;

int main()
{
	int Q;
	scanf("%d", &Q);
	for (int i = 0; i < Q; i++) {
		long long v;
		scanf("%lld", &v);
		bitset<64> b(v);
		printf("%d\n", (int)b.count());
	}
	return 0;
}
