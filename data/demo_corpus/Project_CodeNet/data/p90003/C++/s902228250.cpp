#include<bits/stdc++.h>
using namespace std;

int main(){
  ios_base::sync_with_stdio(false);
  cin.tie(NULL);
  int n;cin>>n;
  priority_queue<int,vector<int>,greater<int>>qu;
  for(int i=0;i<n;i++){
    int X;cin>>X;
    qu.push(X);
  }
  bool first=true;
  while(!qu.empty()){
    if(!first){
      cout<<" ";
    }
    first=false;
    cout<<qu.top();
    qu.pop();
  }
  cout<<endl;
  return 0;
}
