#include <iostream>
#include <vector>
#include <cstdint>

int n,target;
std::vector<int>vec;

bool search(int i,int acc)
{
    if(acc==target)return true;
    if(i==n||acc>target)return false;
    return search(i+1,acc+vec[i])||search(i,acc);
}

int main()
{
    std::cin>>n>>target;
    vec.resize(n);
    for(auto&x:vec)std::cin>>x;
    if(search(0,0))std::cout<<"Yes"<<std::endl;
    else std::cout<<"No"<<std::endl;
    return 0;
}