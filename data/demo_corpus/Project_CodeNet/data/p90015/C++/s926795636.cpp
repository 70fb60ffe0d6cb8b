#include <bits/stdc++.h>
using namespace std;

int main(int argc,char*argv[])
{
  ios::sync_with_stdio(false);
  cin.tie(NULL);
  int qu;
  cin>>qu;
  for(int i=0;i<qu;++i)
  {
    long long v;
    cin>>v;
    int bits=__builtin_popcountll(v);
    cout<<bits<<endl;
  }
  return 0;
}
