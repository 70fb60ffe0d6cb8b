#include <queue>
#include <iostream>
#include <vector>
using namespace std;

int main() {
    int n, X;
    cin >> n >> X;
    vector<int> c(n);
    for (auto& x : c) cin >> x;
    vector<int> dis(X + 1, -1);
    queue<int> q;
    dis[0] = 0;
    q.push(0);
    while (!q.empty()) {
        int v = q.front();
        q.pop();
        for (int coin : c) {
            int w = v + coin;
            if (w <= X && dis[w] == -1) {
                dis[w] = dis[v] + 1;
                q.push(w);
            }
        }
    }
    cout << dis[X] << endl;
    return 0;
}
