// 2017-05-06
#include <iostream>
#include <vector>
#include <queue>
#include <utility>

std::vector<std::vector<int>> adj;

std::pair<int, int> farthest(int s)
{
	int n = adj.size();
	std::vector<int> d(n, -1);
	std::queue<int> Q;
	d[s] = 0;
	Q.push(s);
	int best = s;
	while (!Q.empty())
	{
		int u = Q.front();
		Q.pop();
		if (d[u] > d[best]) best = u;
		for (int v : adj[u])
		{
			if (d[v] < 0)
			{
				d[v] = d[u] + 1;
				Q.push(v);
			}
		}
	}
	return {best, d[best]};
}

void solve()
{
	int n;
	std::cin >> n;
	adj.assign(n, std::vector<int>());
	for (int i = 0; i < n - 1; ++i)
	{
		int u, v;
		std::cin >> u >> v;
		adj[u].push_back(v);
		adj[v].push_back(u);
	}
	// the farthest vertex from anywhere is one end of a diameter
	int end1 = farthest(0).first;
	std::cout << farthest(0).second << '\n';
}

int main()
{
	std::ios_base::sync_with_stdio(false); std::cin.tie(NULL);
	solve();
	return 0;
}
