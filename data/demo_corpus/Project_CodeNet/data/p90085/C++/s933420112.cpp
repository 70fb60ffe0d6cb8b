// author: u925927631
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

int main(){
  int n;
  cin>>n;
  vector<ll>h(n);
  for(auto&x:h)cin>>x;
  vector<int>L(n),R(n);
  for(int i=0;i<n;i++){
    int j=i-1;
    while(j>=0&&h[j]>=h[i])j=L[j]-1;
    L[i]=j+1;
  }
  for(int i=n-1;i>=0;i--){
    int j=i+1;
    while(j<n&&h[j]>=h[i])j=R[j]+1;
    R[i]=j-1;
  }
  ll res=0;
  for(int i=0;i<n;i++){
    res=max(res,h[i]*(R[i]-L[i]+1));
  }
  cout<<res<<endl;
  return 0;
}