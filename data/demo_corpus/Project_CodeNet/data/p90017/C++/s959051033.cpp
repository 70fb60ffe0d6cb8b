#include<bits/stdc++.h>

int main()
{
    int n; scanf("%d", &n);
    long long k; scanf("%lld", &k);
    std::vector<long long> pre(n + 1, 0);
    for (int i = 0; i < n; ++i)
    {
        long long x; scanf("%lld", &x);
        pre[i + 1] = pre[i] + x;
    }
    long long answer = 0;
    // for each end j, the starts i with pre[j] - pre[i] <= k
    for (int j = 1; j <= n; j++)
    {
        int i = std::lower_bound(pre.begin(), pre.begin() + j, pre[j] - k) - pre.begin();
        answer += j - i - 1;
    }
    printf("%lld\n", answer);
    return 0;
}
