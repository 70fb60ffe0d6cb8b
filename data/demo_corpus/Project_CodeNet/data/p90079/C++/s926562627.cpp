// author: u925927631
#include <iostream>
#include <string>
#include <vector>
using namespace std;

int main(int argc,char*argv[]){
  ios::sync_with_stdio(0);
  string t,p;
  cin>>t>>p;
  int m=p.size();
  vector<int>fail(m+1,0);
  fail[0]=-1;
  for(int i=1;i<m+1;i++){
    int k=fail[i-1];
    while(k>=0&&p[k]!=p[i-1])k=fail[k];
    fail[i]=k+1;
  }
  int tot=0,k=0;
  for(char c:t){
    while(k>=0&&(k==m||p[k]!=c))k=fail[k];
    k++;
    if(k==m)tot++;
  }
  cout<<tot<<'\n';
  return 0;
}