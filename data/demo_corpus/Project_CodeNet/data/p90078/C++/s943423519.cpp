// author: u932008338
#include <iostream>
#include <vector>
#include <cstdlib>
#include <cstdint>
#include <algorithm>

int main(){
    int n;
    std::cin>>n;
    std::vector<int>h(n);
    for(int j=0;j<n;j++)std::cin>>h[j];
    std::vector<int>memo(n,0);
    for(int i=1;i<n;i++){
        memo[i]=memo[i-1]+std::abs(h[i]-h[i-1]);
        if(i>1){
            if(memo[i]>memo[i-2]+std::abs(h[i]-h[i-1]))memo[i]=memo[i-2]+std::abs(h[i]-h[i-1]);
        }
    }
    std::cout<<memo[n-1]<<'\n';
}
