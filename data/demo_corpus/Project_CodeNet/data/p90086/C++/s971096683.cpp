#include <cstdio>
#include <vector>
#include <algorithm>
#include <utility>
#include <cstdlib>
using namespace std;

int main(void){
   int n;
   scanf("%d",&n);
   vector<pair<long long,long long>>seg(n);
   for(auto&s:seg){
      scanf("%lld%lld",&s.first,&s.second);
   }
   sort(seg.begin(),seg.end());
   long long total=0;
   long long cl=seg[0].first,cr=seg[0].second;
   for(int i=1;i<n;i++){
      if(seg[i].first<=cr){
         cr=seg[i].second;
      }else{
         total+=cr-cl;
         cl=seg[i].first;
         cr=seg[i].second;
      }
   }
   total+=cr-cl;
   printf("%lld\n",total);
}