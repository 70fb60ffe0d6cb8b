// author: u937427877
#include <cstdio>

typedef long long ll;

ll cross(ll ax, ll ay, ll bx, ll by)
{
	return ax * by - ay * bx;
}

int main()
{
	int Q; scanf("%d", &Q);
	for(int k = 0; k < Q; ++k)
	{
		ll x1, y1, x2, y2, x3, y3; scanf("%lld %lld %lld %lld %lld %lld", &x1, &y1, &x2, &y2, &x3, &y3);
		ll c = cross(x2 - x1, y2 - y1, x3 - x1, y3 - y1);
		if(c == 0) puts("Yes");
		else puts("No");
	}
	return 0;
}
