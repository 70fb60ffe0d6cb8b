#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define all(x) (x).begin(),(x).end()
#define mp make_pair
typedef pair<int,int>pii;
typedef vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main()
{
  ios::sync_with_stdio(0);
  cin.tie(0);
  int n,que;
  cin>>n>>que;
  vector<int>a(n);
  rep(i,n)cin>>a[i];
  sort(all(a));
  while(que--)
  {
    int val;
    cin>>val;
    int tot=upper_bound(all(a),val)-a.begin();
    cout<<tot<<'\n';
  }
  return 0;
}