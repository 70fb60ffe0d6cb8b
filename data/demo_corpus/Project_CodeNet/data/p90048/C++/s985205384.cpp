#include <algorithm>
#include <iostream>
#include <vector>
using namespace std;

typedef long long LL;
#define fi first
#define mp make_pair
typedef vector<int>vi;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

struct Interval{
  int s,e;
  bool operator<(const Interval&o)const{return e<o.e;}
};

int main(){
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  cin>>n;
  vector<Interval>v(n);
  for(auto&it:v){
    cin>>it.s>>it.e;
  }
  sort(v.begin(),v.end());
  int answer=0;
  int free_from=0;
  for(const auto&it:v){
    if(it.s>=free_from){
      answer++;
      free_from=it.e;
    }
  }
  cout<<answer<<endl;
  return 0;
}