#include<cstdio>
#include<vector>
#include<algorithm>
using namespace std;

signed main()
{
	int n; scanf("%d", &n);
	vector<int> vec(n);
	for(int i = 0; i < n; i++) scanf("%d", &vec[i]);
	sort(vec.begin(), vec.end());
	vec.erase(unique(vec.begin(), vec.end()), vec.end());
	if(vec.size() < 2)
	{
		printf("%d\n", -1);
	}
	else
	{
		printf("%d\n", vec[vec.size() - 2]);
	}
	return 0;
}