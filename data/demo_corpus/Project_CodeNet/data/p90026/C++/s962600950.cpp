#include <bits/stdc++.h>
using namespace std;

int main(){
  ios::sync_with_stdio(false);
  cin.tie(NULL);
  string s;cin>>s;
  int num[26]={0};
  for(char c:s)num[c-'a']++;
  for(int i=0;i<26;++i){
    if(num[i]==0)continue
    char c='a'+i;
    cout<<c<<' '<<num[i]<<endl;
  }
}
