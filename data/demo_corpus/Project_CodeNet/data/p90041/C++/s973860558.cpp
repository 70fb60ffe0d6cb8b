// Demo Contest 014 - Fair Split
#include<bits/stdc++.h>
using namespace std;

#define se second
typedef pair<int,int>pii;
using P=pair<int,int>;
const int INF=1e9;
const long long LINF=1LL<<60;

int main()
{
    ios::sync_with_stdio(0);
    int n,k;cin>>n>>k;
    vector<long long>nums(n);
    for(auto&x:nums)cin>>x;
    auto parts_needed=[&](long long limit){
        int parts=1;
        long long s=0;
        for(long long v:nums){
            if(s+v>limit){
                parts++;
                s=v;
            }else{
                s+=v;
            }
        }
        return parts;
    };
    long long lo=*max_element(nums.begin(),nums.end()),hi=accumulate(nums.begin(),nums.end(),0LL);
    while(lo<hi){
        long long mid=lo+(hi-lo)/2;
        if(parts_needed(mid)<=k)hi=mid;
        else lo=mid+1;
    }
    cout<<lo<<endl;
    return 0;
}