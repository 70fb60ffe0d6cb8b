#include<bits/stdc++.h>
using namespace std;

int main(void)
{
    ios_base::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n;
    cin >> n;
    vector<long long> f;
    for (long long p = 2; p * p <= n; p++)
    {
        while (n % p == 0)
        {
            f.push_back(p);
            n /= p;
        }
    }
    if (n > 1) f.push_back(n);
    for (int i = 0; i < (int)f.size(); ++i)
    {
        if (i) cout << ' ';
        cout << f[i];
    }
    cout << "\n";
    return 0;
}