#include <iostream>
#include <vector>
using namespace std;

int main(){
  int n,q;
  cin>>n>>q;
  // pre[i] = a1 ^ ... ^ ai; x ^ x = 0 cancels the common prefix
  vector<int>cum(n+1,0);
  for(int i=0;i<n;i++){
    int val;
    cin>>val;
    cum[i+1]=cum[i]^val;
  }
  while(q--){
    int l,r;
    cin>>l>>r;
    cout<<(cum[r]^cum[l-1])<<'\n';
  }
  return 0;
}
