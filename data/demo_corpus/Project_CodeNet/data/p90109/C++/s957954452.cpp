#include<bits/stdc++.h>
using namespace std;

int main(){
  int n;scanf("%d",&n);
  int cur=0,best=0;
  for(int i=0;i<n;i++){
    int off,on;scanf("%d %d",&off,&on);
    // people get off before others get on
    cur-=off;
    cur+=on;
    if(best<cur)best=cur;
  }
  printf("%d\n",best);
  return 0;
}
