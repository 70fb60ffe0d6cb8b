// Edit Distance
#include<bits/stdc++.h>
using std::vector;

int main()
{
  std::string s,t;
  std::cin>>s>>t;
  int m=t.size();
  std::vector<int>prev_row(m+1),cur(m+1);
  for(int j=0;j<m+1;j++)prev_row[j]=j;
  for(int i=0;i<(int)s.size();i++)
  {
    cur[0]=i+1;
    for(int j=0;j<m;j++)
    {
      int sub=prev_row[j]+(s[i]!=t[j]);
      cur[j+1]=std::min(sub,std::min(prev_row[j+1],cur[j])+1);
    }
    std::swap(prev_row,cur);
  }
  std::cout<<prev_row[m]<<'\n';
  return 0;
}
