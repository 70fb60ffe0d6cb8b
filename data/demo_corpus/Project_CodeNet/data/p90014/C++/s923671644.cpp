// 2015-03-16
#include <iostream>
#include <vector>
#include <set>
#include <utility>

typedef long long ll;
typedef std::pair<int, int> pii;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

struct Edge
{
	int to;
	ll cost;
};

int main()
{
	int n, m;
	std::cin >> n >> m;
	std::vector<std::vector<Edge>> g(n);
	for (int i = 0; i < m; i++)
	{
		int u, v;
		std::cin >> u >> v;
		ll w;
		std::cin >> w;
		g[u].push_back({v, w});
	}
	std::vector<ll> dis(n, -1);
	std::set<std::pair<ll, int>> todo;
	dis[0] = 0;
	todo.insert({0, 0});
	while (!todo.empty())
	{
		int u = todo.begin()->second;
		todo.erase(todo.begin());
		for (const Edge& e : g[u])
		{
			ll nd = dis[u] + e.cost;
			if (dis[e.to] == -1 || nd < dis[e.to])
			{
				if (dis[e.to] != -1) todo.erase({dis[e.to], e.to});
				dis[e.to] = nd;
				todo.insert({nd, e.to});
			}
		}
	}
	for (int i = 0; i < n; i++)
	{
		if (dis[i] < 0)
		{
			std::cout << "INF" << std::endl;
		}
		else
		{
			std::cout << dis[i] << std::endl;
		}
	}
	return 0;
}
