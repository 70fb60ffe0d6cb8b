#include <cstdio>
#include <vector>
#include <cmath>
#include <string>
using namespace std;

int n,target;
vector<int>nums;

bool search(int i,int total){
    if(total==target)return true;
    if(i==n||total>target)return false;
    return search(i+1,total+nums[i])||search(i+1,total);
}

int main(){
    scanf("%d %d",&n,&target);
    nums.resize(n);
    for(int j=0;j<n;++j)scanf("%d",&nums[j]);
    if(search(0,0))puts("Yes");
    else puts("No");
    return 0;
}