/*
 * Demo Contest 016 - Two Colors
 * 2019-03-24
 */
#include <iostream>
#include <vector>
#include <queue>
using namespace std;

#define rep(i, n) for (int i = 0; i < (int)(n); i++)

int main()
{
	ios::sync_with_stdio(false);
	int n,m;
	cin>>n>>m;
	vector<vector<int>>G(n);
	rep(i,m)
	{
		int u,v;
		cin>>u>>v;
		G[u].push_back(v);
		G[v].push_back(u);
	}
	vector<int>color(n,-1);
	bool flag=true;
	rep(s,n)
	{
		if(color[s]!=-1)continue;
		color[s]=0;
		queue<int>qu;
		qu.push(s);
		while(!qu.empty())
		{
			int u=qu.front();
			qu.pop();
			for(int v:G[u])
			{
				if(color[v]==-1)
				{
					color[v]=1-color[u];
					qu.push(v);
				}
				else if(color[v]==color[u])
				{
					flag=false;
				}
			}
		}
	}
	cout<<((flag?"Yes":"No"))<<'\n';
	return 0;
}
