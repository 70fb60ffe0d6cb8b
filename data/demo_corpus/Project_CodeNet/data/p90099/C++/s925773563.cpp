#include <iostream>
#include <vector>

#define FOR(i,a,b) for(int i=(a);i<(b);++i)

struct FastIO{FastIO(){std::ios::sync_with_stdio(false);std::cin.tie(nullptr);}}fastio_;

signed main(){
    int n;std::cin>>n;
    std::vector<int>nums(n+1);
    FOR(i,1,n+1){
        std::cin>>nums[i];
    }
    int swaps=0;
    FOR(i,1,n+1){
        while(nums[i]!=i){
            std::swap(nums[i],nums[nums[i]]);
            swaps++;
        }
    }
    std::cout<<swaps<<std::endl;
    return 0;
}
