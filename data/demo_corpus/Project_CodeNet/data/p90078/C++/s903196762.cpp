/*
 * Frog Jumps
 * 2021-10-10
 */
#include<bits/stdc++.h>
using namespace std;

int main(){
  ios::sync_with_stdio(0);
  cin.tie(nullptr);
  int n;cin>>n;
  vector<int>h(n);
  for(int j=0;j<n;++j)cin>>h[j];
  vector<int>DP(n,0);
  for(int i=1;i<n;++i){
    DP[i]=DP[i-1]+abs(h[i]-h[i-1]);
    if(i>1){
      if(DP[i]>DP[i-2]+abs(h[i]-h[i-2]))DP[i]=DP[i-2]+abs(h[i]-h[i-2]);
    }
  }
  cout<<DP[n-1]<<endl;
  return 0;
}
