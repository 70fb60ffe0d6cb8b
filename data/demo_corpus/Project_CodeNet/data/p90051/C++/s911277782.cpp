#include <iostream>
#include <string>
#include <utility>
#include <vector>
using namespace std;

typedef long long LL;
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
#define pb push_back
#define fi first
#define se second
typedef pair<int,int>pii;
const int INF=1e9;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}
#define endl '\n'

int main(int argc,char*argv[]){
  ios_base::sync_with_stdio(false);cin.tie(NULL);
  string s;
  cin>>s;
  int n=s.size();
  int run=1;
  FOR(i,1,n+1){
    if(i<n&&s[i]==s[i-1]){
      run++;
    }else{
      // the run ending at i - 1 is complete
      cout<<s[i-1];
      cout<<run;
      run=1;
    }
  }
  cout<<"\n";
  return 0;
}