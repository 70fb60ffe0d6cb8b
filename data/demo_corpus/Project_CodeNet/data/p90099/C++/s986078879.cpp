#include <cstdio>
#include <vector>

void solve()
{
    int n;scanf("%d",&n);
    std::vector<int>nums(n+1);
    for(int i=1;i<n+1;i++){
        scanf("%d",&nums[i]);
    }
    int swaps=0;
    for(int i=1;i<n+1;i++){
        while(nums[i]!=i){
            std::swap(nums[i],nums[nums[i]]);
            swaps++;
        }