// 2017-03-17
#include<bits/stdc++.h>
using namespace std;

int main(){
  int n,x;
  cin>>n>>x;
  vector<int>c(n);
  for(auto&e:c)cin>>e;
  // BFS over amounts: the first time x is reached uses the fewest coins
  vector<int>dist(x+1,-1);
  queue<int>que;
  dist[0]=0;
  que.push(0);
  while(!que.empty()){
    int v=que.front();
    que.pop();
    for(int coin:c){
      int w=v+coin;
      if(w<=x&&dist[w]==-1){
        dist[w]=dist[v]+1;
        que.push(w);
      }
    }
  }
  cout<<dist[x]<<'\n';
  return 0;
}