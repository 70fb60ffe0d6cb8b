#include <cstdio>
#include <map>
using namespace std;

#define rep(i, n) for (int i = 0; i < (n); ++i)

int main(){
  int n;scanf("%d",&n);
  map<int,int>diff;
  rep(i,n){
    int s,e;scanf("%d%d",&s,&e);
    diff[s]++;
    diff[e]--;
  }
  int tmp=0,mx=0;
  for(auto&kv:diff){
    tmp+=kv.second;
    if(mx<tmp)mx=tmp;
  }
  printf("%d\n",mx);
}
