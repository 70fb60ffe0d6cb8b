// p90055
#include<iostream>
#include<vector>
using namespace std;

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(0); } } fastio_;

constexpr long long MOD = 1000000007;

int main()
{
    int n; cin >> n;
    vector<long long> tbl(n + 1, 0);
    tbl[0] = 1;
    for (int i = 1; i < n + 1; ++i) {
        for (int k = 0; k < 3; ++k) {
            int step = k + 1;
            if (i - step >= 0) tbl[i] = (tbl[i] + tbl[i - step]) % MOD;
        }
    }
    cout << tbl[n] << endl;
}