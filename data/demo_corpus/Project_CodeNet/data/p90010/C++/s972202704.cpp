#include <algorithm>
#include <cstdio>
#include <vector>

int count_le(const std::vector<int>&arr,int v){
  int lo=-1,hi=arr.size();
  while(hi-lo>1){
    int mid=(lo+hi)/2;
    if(arr[mid]<=v)lo=mid;
    else hi=mid;
  }
  return lo+1;
}

int main(){
  int n,q;
  scanf("%d %d",&n,&q);
  std::vector<int>arr(n);
  for(int j=0;j<n;++j)scanf("%d",&arr[j]);
  std::sort(arr.begin(),arr.end());
  for(int i=0;i<q;++i){
    int v;
    scanf("%d",&v);
    printf("%d\n",count_le(arr,v));
  }
  return 0;
}
