#include<bits/stdc++.h>
using namespace std;

#define mp make_pair
using P=pair<int,int>;
typedef vector<int>vi;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

void solve(){
  int q;
  cin>>q;
  deque<int>dq;
  while(q--){
    string op;
    cin>>op;
    if(op=="front"){
      int val;
      cin>>val;
      dq.push_front(val);
    }else if(op=="back"){
      int val;
      cin>>val;
      dq.push_back(val);
    }else if(dq.empty()){
      continue;
    }else if(op=="popfront"){
      dq.pop_front();
    }else{
      dq.pop_back();
    }
  }
  if(dq.empty()){
    cout<<"empty"<<"\n";
    return;
  }
  for(int i=0;i<(int)dq.size();i++){
    if(i)cout<<' ';
    cout<<dq[i];
  }
  cout<<"\n";
}

int main(){
  solve();
  return 0;
}