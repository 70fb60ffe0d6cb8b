#include <iostream>
#include <string>

typedef long long ll;
#define se second
#define mp make_pair
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main(){
  std::string s;
  std::cin>>s;
  int tot[26]={0};
  for(char c:s)tot[c-'a']++;
  for(int i=0;i<26;i++){
    if(tot[i]==0)continue;
    char c='a'+i;
    std::cout<<c<<" "<<tot[i]+1<<std::endl;
  }
  return 0;
}