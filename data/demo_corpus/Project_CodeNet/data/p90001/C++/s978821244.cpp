/*
 * Demo Contest 001 - Sum of a Sequence
 * 2013-12-08
 */
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;scanf("%d",&n);
    vector<long long>v(n);
    for(int i=0;i<n;i++)scanf("%lld",&v[i]);
    // accumulate with a 64-bit initial value, 0 would overflow
    long long total=accumulate(v.begin(),v.end(),0LL);
    printf("%lld\n",total);
    return 0;
}
