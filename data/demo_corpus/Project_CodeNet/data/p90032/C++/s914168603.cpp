// Demo Contest 011 - Subset Sum
#include <bits/stdc++.h>
using namespace std;

int n,target;
vector<int>A;

bool search(int i,int s){
    if(s==target)return true;
    if(i==n||s>target)return false;
    return search(i+1,s+A[i])||search(i+1,s);
}

int main(){
    scanf("%d%d",&n,&target);
    A.resize(n);
    for(int j=0;j<n;++j)scanf("%d",&A[j]);
    if(search(0,0))puts("Yes");
    else puts("No");
    return 0;
}