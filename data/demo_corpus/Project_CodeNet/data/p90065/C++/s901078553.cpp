#include <bits/stdc++.h>
using namespace std;

#define REP(i, n) for (int i = 0; i < (n); ++i)

int main(){
  ios::sync_with_stdio(0);
  cin.tie(nullptr);
  int n;
  cin>>n;
  map<int,int>cnt;
  int result=-1;
  REP(i,n){
    int X;
    cin>>X;
    if(++cnt[X]*2>n)result=X;
  }
  cout<<result<<endl;
}