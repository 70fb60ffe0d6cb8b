// author: u990999505
#include <cstdio>
#include <string>
#include <stack>
#include <utility>
#include <vector>
#include <cstdlib>
using namespace std;

typedef long long ll;
using P=pair<int,int>;
typedef vector<int>vi;
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

bool matches(char open,char close){
  return(open=='('&&close==')')||(open=='['&&close==']')||(open=='{'&&close=='}');
}

int main(){
  char buf[200005];
  scanf("%s",buf);
  string s=buf;
  stack<char>S;
  bool ok=true;
  for(char c:s){
    if(c=='('||c=='['||c=='{'){
      S.push(c);
    }
    else{
      if(S.empty()||!matches(S.top(),c)){
        ok=false;
        break;
      }
      S.pop();
    }
  }
  if(!S.empty())ok=false;
  if(ok)puts("Yes");
  else puts("No");
  return 0;
}
