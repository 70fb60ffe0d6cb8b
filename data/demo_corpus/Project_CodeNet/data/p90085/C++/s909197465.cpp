#include<cstdio>
#include<algorithm>
#include<vector>
#include<cstdlib>
using namespace std;

int main(){
   int n;
   scanf("%d",&n);
   vector<long long>h(n);
   for(int k=0;k<n;k++)scanf("%lld",&h[k]);
   long long best=0;
   for(int i=0;i<n;i++){
      long long low=h[i];
      for(int j=i;j<n;j++){
         low=min(low,h[j]);
         best=max(best,low*(j-i+1));
      }
   }
   printf("%lld\n",best);
   return 0;
}
