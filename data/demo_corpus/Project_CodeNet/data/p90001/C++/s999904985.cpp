#include <iostream>
#include <numeric>
#include <vector>
using namespace std;

int main(){
    ios::sync_with_stdio(0);cin.tie(NULL);
    int n;
    cin>>n;
    vector<long long>nums(n);
    for(auto&x:nums)cin>>x;
    long long s=accumulate(nums.begin(),nums.end(),0LL+nums[0]);
    cout<<s<<endl;
    return 0;
}
