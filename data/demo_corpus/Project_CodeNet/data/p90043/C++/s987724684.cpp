/*
 * Demo Contest 015 - Inversions
 * 2018-11-13
 */
#include <iostream>
#include <vector>
#include <algorithm>

struct BIT{
    std::vector<int>t;
    BIT(int n):t(n+1,0){}
    void add(int i){
        for(i++;i<(int)t.size();i+=i&-i)t[i]++;
    }
    int query(int i){ // count of indices < i
        int s=0;
        for(;i>0;i-=i&-i)s+=t[i];
        return s;
    }
};

int main(){
    std::ios::sync_with_stdio(0);std::cin.tie(NULL);
    int n;
    std::cin>>n;
    std::vector<int>vec(n);
    for(int j=0;j<n;j++)std::cin>>vec[j];
    std::vector<int>vals(vec);
    std::sort(vals.begin(),vals.end());
    vals.erase(std::unique(vals.begin(),vals.end()),vals.end());
    BIT bit(vals.size());
    long long result=0;
    for(int i=0;i<n;i++){
        int r=std::lower_bound(vals.begin(),vals.end(),vec[i])-vals.begin();
        result+=i-bit.query(r+1);
        bit.add(r);
    }
    std::cout<<result<<std::endl;
    return 0;
}