// Demo Contest 014 - Fair Split
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;

int main()
{
    int n, k;
    scanf("%d %d", &n, &k);
    vector<ll> nums(n);
    for(int i = 0; i < n; ++i) scanf("%lld", &nums[i]);
    auto parts_needed = [&](ll limit) {
        int parts = 1;
        ll total = 0;
        for(ll X : nums) {
            if(total + X > limit) {
                parts++;
                total = X;
            } else {
                total += X;
            }
        }
        return parts;
    };
    ll lo = *max_element(nums.begin(), nums.end()), hi = accumulate(nums.begin(), nums.end(), 0LL);
    while(lo < hi) {
        ll mid = lo + (hi - lo) / 2;
        if(parts_needed(mid) <= k) hi = mid;
        else lo = mid + 1;
    }
    printf("%lld\n", lo);
    return 0;
}