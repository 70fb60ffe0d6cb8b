#include <iostream>
#include <string>
#include <algorithm>
#include <vector>
#include <cstdlib>
using namespace std;

typedef long long LL;
#define rrep(i, n) for (int i = (n) - 1; i >= 0; i--)
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)

int main(){
  string s;
  cin>>s;
  int n=s.size();
  vector<vector<char>>pal(n,vector<char>(n,0));
  int result=1;
  rrep(i,n){
    FOR(j,i,n){
      if(s[i]==s[j]&&(j-i<2||pal[i+1][j-1])){
        pal[i][j]=1;
        result=max(result,j-i+1);
      }
    }
  }
  cout<<result<<"\n";
  return 0;
}