#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define fi first
typedef vector<int> vi;

vector<vector<int>> edge;

pair<int, int> farthest(int s)
{
	int n = edge.size();
	vector<int> D(n, -1);
	queue<int> qu;
	D[s] = 0;
	qu.push(s);
	int best = s;
	while(!qu.empty())
	{
		int u = qu.front();
		qu.pop();
		if(D[u] > D[best]) best = u;
		for(int v : edge[u])
		{
			if(D[v] < 0)
			{
				D[v] = D[u] + 1;
				qu.push(v);
			}
		}
	}
	return {best, D[best]};
}

int main()
{
	int n; scanf("%d", &n);
	edge.assign(n, vector<int>());
	REP(i, n - 1)
	{
		int u, v; scanf("%d %d", &u, &v);
		edge[u].push_back(v);
		edge[v].push_back(u);
	}
	int end1 = farthest(0).first;
	printf("%d\n", farthest(end1).second);
	return 0;
}
