#include<iostream>
#include<vector>
#include<queue>
#include<utility>
using namespace std;

using ll = long long;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define pb push_back
#define fi first
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    int n, X;
    cin >> n >> X;
    vector<int> c(n);
    REP(i, n) cin >> c[i];
    vector<int> dist(X + 1, -1);
    queue<int> qu;
    dist[0] = 0;
    qu.push(0);
    while (!qu.empty()) {
        int v = qu.front();
        qu.pop();
        for (int coin : c) {
            int w = v + coin;
            if (w <= X && dist[w] == -1) {
                dist[w] = dist[v] + 1;
                qu.push(w);
            }
        }
    }
    cout << dist[X] + 1 << '\n';
    return 0;
}