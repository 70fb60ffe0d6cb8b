// author: u921212438
#include<bits/stdc++.h>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(nullptr); } } fastio_;

void solve()
{
    int n; cin >> n;
    long long k; cin >> k;
    map<long long, int> seen;
    long long ret = 0;
    for (int i = 0; i < n; i++)
    {
        long long v; cin >> v;
        auto it = seen.find(k - v);
        if (it != seen.end()) ret += it->second;
        seen[v]++;
    }
    cout << ret << endl;
}

int main()
{
    solve();
    return 0;
}