/*
 * Goldbach Pairs
 * 2022-04-09
 */
#include <bits/stdc++.h>
using namespace std;

bool is_prime(int x)
{
    if (x < 2) return false;
    for (int d = 2; d * d <= x; d++) {
        if (x % d == 0) return false;
    }
    return true;
}

int main()
{
    int n;
    cin >> n;
    int result = 0;
    for (int p = 2; p <= n - p; p++) {
        if (is_prime(p) && is_prime(n - p)) result++;
    }
    cout << result << endl;
    return 0;
}