#include<iostream>
#include<queue>
#include<utility>
#include<vector>
using namespace std;

#define REP(i, n) for (int i = 0; i < (n); ++i)

vector<vector<int>> edge;

pair<int, int> farthest(int s) {
    int n = edge.size();
    vector<int> dis(n, -1);
    queue<int> q;
    dis[s] = 0;
    q.push(s);
    int best = s;
    while (!q.empty()) {
        int u = q.front();
        q.pop();
        if (dis[u] > dis[best]) best = u;
        for (int v : edge[u]) {
            if (dis[v] < 0) {
                dis[v] = dis[u] + 1;
                q.push(v);
            }
        }
    }
    return {best, dis[best]};
}

int main(void) {
    int n;
    cin >> n;
    edge.assign(n, vector<int>());
    REP(i, n - 1) {
        int u, v;
        cin >> u >> v;
        edge[u].push_back(v);
        edge[v].push_back(u);
    }
    int end1 = farthest(0).first;
    cout << farthest(end1).second << "\n";
    return 0;
}