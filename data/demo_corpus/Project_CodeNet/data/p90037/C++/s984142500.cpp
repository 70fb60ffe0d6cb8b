// author: u929107291
#include<bits/stdc++.h>
using namespace std;

int main()
{
  int n;
  scanf("%d",&n);
  for(int i=1;i<=n;++i)
  {
    string s;
    if(i%3==0)s+="Fizz";
    if(i%5==0)s+="Buzz";
    if(s.empty())s=to_string(i);
    puts(s.c_str());
  }
  return 0;
}
