#include <iostream>
#include <vector>
using namespace std;

struct FastIO{FastIO(){ios::sync_with_stdio(false);cin.tie(0);}}fastio_;

int main(){
  int n;
  cin>>n;
  vector<int>A(n);
  for(int j=0;j<n;j++)cin>>A[j];
  const int INF=1<<30;
  vector<int>d(n+1,INF);
  int len=0;
  for(int i=0;i<n;i++){
    int lo=0,hi=len;
    // first position with d[pos] >= a[i]
    while(lo<hi){
      int mid=(lo+hi)/2;
      if(d[mid]<A[i])lo=mid+1;
      else hi=mid;
    }
    d[lo]=A[i];
    if(lo==len)len++;
  }
  cout<<len<<'\n';
  return 0;
}
