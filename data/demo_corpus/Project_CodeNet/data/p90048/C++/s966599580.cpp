#include <iostream>
#include <vector>
#include <algorithm>
using namespace std;

#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef vector<int>vi;
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

struct FastIO{FastIO(){ios::sync_with_stdio(0);cin.tie(NULL);}}fastio_;

void solve()
{
  int n;
  cin>>n;
  vector<int>s(n),e(n),idx(n);
  for(int i=0;i<n;i++)
  {
    cin>>s[i]>>e[i];
    idx[i]=i;
  }
  sort(idx.begin(),idx.end(),[&](int x,int y){return e[x]<e[y];});
  int res=0,end_time=0;
  for(int i:idx)
  {
    if(s[i]>=end_time)
    {
      res++;
      end_time=e[i];
    }
  }
  cout<<res<<'\n';
}

int main()
{
  solve();
  return 0;
}