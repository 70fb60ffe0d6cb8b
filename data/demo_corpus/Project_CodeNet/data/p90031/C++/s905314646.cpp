// 2017-08-09
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define all(x) (x).begin(), (x).end()
using P = pair<int, int>;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
#define endl '\n'

vector<int> root_;

int root(int X)
{
    return root_[X] == X ? X : root_[X] = root(root_[X]);
}

void solve()
{
    int n, m;
    cin >> n >> m;
    vector<tuple<ll, int, int>> edges;
    rep(i, m)
    {
        int u, v;
        cin >> u >> v;
        ll w;
        cin >> w;
        edges.emplace_back(w, u, v);
    }
    sort(all(edges));
    root_.resize(n);
    iota(all(root_), 0);
    ll total = 0;
    for(auto& [w, u, v] : edges)
    {
        int ru = root(u), rv = root(v);
        if(ru == rv) continue;
        root_[ru] = rv;
        total += w;
    }
    cout << total << endl;
}

int main()
{
    solve();
    return 0;
}
