#include <cstdio>
#include <vector>
#include <algorithm>
#include <numeric>
using namespace std;

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

int main(int argc,char*argv[]){
  int n,k;
  scanf("%d %d",&n,&k);
  vector<ll>v(n);
  REP(i,n)scanf("%lld",&v[i]);
  auto parts_needed=[&](ll limit){
    int parts=1;
    ll total=0;
    for(ll val:v){
      if(total+val>limit){
        parts++;
        total=val;
      }else{
        total+=val;
      }
    }
    return parts;
  };
  ll lo=*max_element(v.begin(),v.end()),hi=accumulate(v.begin(),v.end(),0LL);
  while(lo<hi){
    ll mid=lo+(hi-lo)/2;
    if(parts_needed(mid)<=k)hi=mid;
    else lo=mid+1;
  }
  printf("%lld\n",lo);
  return 0;
}