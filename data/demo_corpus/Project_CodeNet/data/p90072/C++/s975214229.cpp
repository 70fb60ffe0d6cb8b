// author: u907364164
#include<bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    scanf("%d%d", &n, &q);
    vector<long long> d(n + 2, 0);
    for (int k = 0; k < q; k++) {
        int l, r;
        scanf("%d%d", &l, &r);
        long long val;
        scanf("%lld", &val);
        d[l] += val;
        d[r] -= val;
    }
    long long t = 0;
    for (int i = 1; i < n + 1; i++) {
        t += d[i];
        if (i - 1 > 0) printf(" ");
        printf("%lld", t);
    }
    printf("\n");
    return 0;
}