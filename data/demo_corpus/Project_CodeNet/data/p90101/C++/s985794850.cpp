// 2022-03-31
#include <string>
#include <iostream>
#include <queue>
#include <vector>
#include <utility>
using namespace std;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define fi first
typedef vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
  int que;
  cin>>que;
  // highest priority first, then the earliest arrival
  priority_queue<pair<pair<int,int>,string>>pq;
  rep(t,que){
    string cmd;
    cin>>cmd;
    if(cmd=="arrive"){
      string name;
      cin>>name;
      int p;
      cin>>p;
      pq.push(make_pair(make_pair(p,-t),name));
    }else if(pq.empty()){
      cout<<"none"<<endl;
    }else{
      cout<<pq.top().second<<endl;
      pq.pop();
    }
  }
  return 0;
}