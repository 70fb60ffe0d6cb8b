#include<cstdio>
#include<vector>
#include<utility>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (n); ++i)
typedef pair<int,int>pii;
typedef vector<int>vi;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

vector<vector<int>>G;
vector<int>color;

bool paint(int u,int c){
	color[u]=c;
	for(int v:G[u]){
		if(color[v]==c)return false;
		if(color[v]==-1&&!paint(v,1-c))return false;
	}
	return true;
}

int main(){
	int n,m;
	scanf("%d%d",&n,&m);
	G.resize(n);
	color.assign(n,-1);
	rep(i,m){
		int a,b;
		scanf("%d%d",&a,&b);
		G[a].push_back(b);
		G[b].push_back(a);
	}
	bool good=true;
	rep(i,n){
		if(color[i]==-1&&!paint(i,0))good=true;
	}
	if(good)puts("Yes");
	else puts("No");
	return 0;
}
