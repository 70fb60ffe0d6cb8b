// 2016-12-15
#include <bits/stdc++.h>
using namespace std;

#define rep(i, n) for (int i = 0; i < (n); ++i)
#define all(x) (x).begin(),(x).end()

void solve()
{
  int n;cin>>n;
  vector<string>words;
  rep(i,n)
  {
    string w;cin>>w;
    reverse(all(w));
    words.push_back(w);
  }
  reverse(all(words));
  rep(i,n)
  {
    if(i)cout<<' ';
    cout<<words[i];
  }
  cout<<endl;
}

int main()
{
  solve();
  return 0;
}