// Demo Contest 029 - Covered Length
#include<cstdio>
#include<vector>
#include<algorithm>
#include<utility>
using namespace std;

int main()
{
	int n;
	scanf("%d", &n);
	vector<pair<long long, int>> ev;
	for (int i = 0; i < n; ++i) {
		long long l, r;
		scanf("%lld %lld", &l, &r);
		ev.push_back({l, 1});
		ev.push_back({r, -1});
	}
	sort(ev.begin(), ev.end());
	long long ret = 0;
	int depth = 0;
	for (int i = 0; i < (int)ev.size(); ++i) {
		if (depth > 0) ret += ev[i].first - ev[i - 1].first;
		depth += ev[i].second;
	}
	printf("%lld\n", ret);
	return 0;
}