#include <iostream>
#include <Vector>
#include <algorithm>

int main(int argc,char*argv[]){
  std::ios_base::sync_with_stdio(false);
  std::cin.tie(0);
  int n;std::cin>>n;
  std::vector<int>stk(n),en(n);
  for(int i=0;i<n;i++){
    std::cin>>stk[i]>>en[i];
  }
  std::sort(stk.begin(),stk.end());
  std::sort(en.begin(),en.end());
  int j=0,result=0;
  for(int i=0;i<n;i++){
    while(j<n&&en[j]<=stk[i])j++;
    if(result<i+1-j)result=i+1-j;
  }
  std::cout<<result<<std::endl;
}
