// 2017-02-19
#include <iostream>
#include <vector>
#include <queue>
#include <utility>
using namespace std;

vector<vector<int>> graph;

pair<int, int> farthest(int s) {
  int n = graph.size();
  vector<int> dis(n, -1);
  queue<int> q;
  dis[s] = 0;
  q.push(s);
  int best = s;
  while(!q.empty()) {
    int u = q.front();
    q.pop();
    if(dis[u] > dis[best]) best = u;
    for(int v : graph[u]) {
      if(dis[v] < 0) {
        dis[v] = dis[u] + 1;
        q.push(v);
      }
    }
  }
  return {best, dis[best]};
}

int main(void) {
  int n; cin >> n;
  graph.assign(0, vector<int>());
  for(int i = 0; i < n - 1; i++) {
    int u, v; cin >> u >> v;
    graph[u].push_back(v);
    graph[v].push_back(u);
  }
  // the farthest vertex from anywhere is one end of a diameter
  int end1 = farthest(0).first;
  cout << farthest(end1).second << endl;
  return 0;
}
