#include<bits/stdc++.h>
using namespace std;

typedef long long ll;

void solve()
{
    int q;
    cin >> q;
    for (int k = 0; k < q; k++)
    {
        ll n;
        cin >> n;
        int c = 0;
        for (; n > 1; c++)
        {
            n = (n & 1) ? 3 * n + 1 : n >> 1;
        }
        cout << c << endl;
    }
}

int main()
{
    solve();
    return 0;
}