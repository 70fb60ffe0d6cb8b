// p90041
#include<bits/stdc++.h>

int n, k;
std::vector<long long> arr;

bool feasible(long long limit) {
    int parts = 1;
    long long tmp = 0;
    for(int i = 0; i < n; i++) {
        if(arr[i] > limit) return false;
        if(tmp + arr[i] > limit) {
            parts++;
            tmp = 0;
        }
        tmp += arr[i];
    }
    return parts <= k;
}

int main() {
    scanf("%d%d", &n, &k);
    arr.resize(n);
    for(int j = 0; j < n; j++) scanf("%lld", &arr[j]);
    long long lo = -1, hi = 0;
    for(long long val : arr) hi += val;
    while(hi - lo > 1) {
        long long mid = (lo + hi) / 2;
        if(feasible(mid)) hi = mid;
        else lo = mid;
    }
    printf("%lld\n", hi);
}