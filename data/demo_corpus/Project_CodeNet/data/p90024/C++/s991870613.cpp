#include <iostream>
#include <string>
#include <vector>
using namespace std;

typedef long long ll;

int main(){
  ll k;
  cin>>k;
  string s;
  cin>>s;
  string alphabet="abcdefghijklmnopqrstuvwxyz";
  string table;
  for(int i=0;i<26;i++){
    table+=alphabet[(i+k%26)%26];
  }
  string res;
  for(char c:s)res+=table[c-'b'];
  cout<<res<<'\n';
  return 0;
}