// p90075
#include <iostream>
#include <queue>
#include <vector>
using namespace std;

#define rep(i, n) for (int i = 0; i < (n); ++i)
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)

int main()
{
   ios_base::sync_with_stdio(false);
   cin.tie(nullptr);
   int n,m;
   cin>>n>>m;
   vector<vector<int>>G(n+1);
   rep(i,m){
      int u,v;
      cin>>u>>v;
      G[u].push_back(v);
      G[v].push_back(u);
   }
   vector<int>D(n+1,-1);
   queue<int>q;
   D[1]=0;
   q.push(1);
   while(!q.empty()){
      int u=q.front();
      q.pop();
      for(int w:G[u]){
         if(D[w]==-1){
            D[w]=D[u]+1;
            q.push(w);
         }
      }
   }
   FOR(i,1,n+1){
      cout<<D[i]<<endl;
   }
   return 0;
}
