#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    scanf("%d", &n);
    int sx, sy, tx, ty;
    scanf("%d %d %d %d", &sx, &sy, &tx, &ty);
    vector<int> D(n * n, -1);
    queue<int> qu;
    int src = (sx - 1) * n + (sy - 1);
    D[src] = 0;
    qu.push(src);
    int jumps[8][2] = {{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}};
    while(!qu.empty()) {
        int v = qu.front();
        qu.pop();
        int r = v / n, c = v % n;
        for(auto& j : jumps) {
            int nr = r + j[0], nc = c + j[1];
            if(nr < 0 || nr >= n || nc < 0 || nc >= n) continue;
            int w = nr * n + nc;
            if(D[w] < 0) {
                D[w] = D[v] + 1;
                qu.push(w);
            }
        }
    }
    printf("%d\n", D[(tx - 1) * n + (ty - 1)]);
    return 0;
}
