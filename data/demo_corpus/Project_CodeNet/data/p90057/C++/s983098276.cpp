#include<bits/stdc++.h>
using namespace std;

int main(void)
{
    ios::sync_with_stdio(0);
    long long n;
    cin >> n;
    long long cnt = 0;
    for (long long i = 1; i * i <= n; i++)
    {
        if (n % i == 0)
        {
            // i and n / i, once if they are the same
            cnt += (i * i == n) ? 1 : 2;
        }
    }
    cout << cnt << endl;
    return 0;
}