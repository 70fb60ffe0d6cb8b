#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>
using namespace std;

typedef long long LL;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define all(x) (x).begin(), (x).end()
#define se second
#define mp make_pair
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main(){
  int n,Q;scanf("%d %d",&n,&Q);
  vector<int>arr(n);
  rep(i,n)scanf("%d",&arr[i]);
  sort(all(arr));
  while(Q--){
    int v;scanf("%d",&v);
    // number of elements <= x
    int counter=upper_bound(all(arr),v)-arr.begin();
    printf("%d\n",counter);
  }
  return 0;
}