#include <bits/stdc++.h>
using namespace std;

using ll=long long;
typedef pair<int,int>pii;
const int INF=1e9;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
    int n;
    scanf("%d",&n);
    vector<int>nums(n);
    for(int j=0;j<n;j++)scanf("%d",&nums[j]);
    vector<int>res(n,-1);
    vector<int>waiting; // indices still looking for a greater element
    for(int i=0;i<n;i++){
        while(!waiting.empty()&&nums[waiting.back()]<nums[i]){
            res[waiting.back()]=nums[i];
            waiting.pop_back();
        }
        waiting.push_back(i);
    }
    for(int i=0;i<n;i++){
        if(i>0)printf(" ");
        printf("%d",res[i]);
    }
    printf("\n");
    return 0;
}