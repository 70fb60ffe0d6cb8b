// author: u916746921
#include<algorithm>
#include<cstdint>
#include<cstdlib>
#include<iostream>
#include<string>
#include<vector>

#define fi first
#define se second
typedef std::vector<int>vi;
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

// the length of the longest palindrome around the centre between l and r
int expand(const std::string&s,int l,int r){
  while(l>=0&&r<(int)s.size()&&s[l]==s[r]){
    l--;
    r++;
  }
  return r-l-1;
}

int main(){
  std::string s;
  std::cin>>s;
  int best=0;
  for(int i=0;i<(int)s.size();++i){
    best=std::max(best,expand(s,i,i));
    best=std::max(best,expand(s,i,i+1));
  }
  std::cout<<best<<'\n';
  return 0;
}
