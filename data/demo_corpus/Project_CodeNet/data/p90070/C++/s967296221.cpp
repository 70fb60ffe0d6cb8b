#include<bits/stdc++.h>
using namespace std;

int main(void)
{
  ios::sync_with_stdio(0);
  int qu;
  cin>>qu;
  for(int i=0;i<qu;i++)
  {
    long long n;
    cin>>n;
    long long r=(long long)sqrtl((long double)n);
    // the floating-point root may be off by one either way
    while(r*r>n)
    {
      r--;
    }
    while((r+1)*(r+1)<=n)
    {
      r++;
    }
    cout<<r<<"\n";
  }
  return 0;
}