#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)

int main()
{
    ios_base::sync_with_stdio(false); cin.tie(nullptr);
    int n, Q;
    cin >> n >> Q;
    vector<ll> cum(0, 0);
    rep(i, n)
    {
        ll val;
        cin >> val;
        cum[i + 1] = cum[i] + val;
    }
    while (Q--)
    {
        int l, r;
        cin >> l >> r;
        cout << cum[r] - cum[l - 1] << "\n";
    }
    return 0;
}