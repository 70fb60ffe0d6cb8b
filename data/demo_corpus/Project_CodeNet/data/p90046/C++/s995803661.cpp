// 2019-05-20
#include <iostream>
#include <numeric>
#include <vector>
using namespace std;

using ll = long long;
#define all(x) (x).begin(), (x).end()
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
#define se second
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(nullptr); } } fastio_;

// vertex v is "v is color 0", vertex v + n is "v is color 1"
vector<int> par;

int root(int val) {
    while(par[val] != val) val = par[val] = par[par[val]];
    return val;
}

int main() {
    int n, m; cin >> n >> m;
    par.resize(2 * n);
    iota(all(par), 0);
    REP(i, m) {
        int u, v; cin >> u >> v;
        par[root(u)] = root(v + n);
        par[root(u + n)] = root(v);
    }
    bool ok = true;
    REP(v, n) {
        if(root(v) == root(v + n)) ok = false;
    }
    cout << ((ok ? "Yes" : "No")) << endl;
    return 0;
}
