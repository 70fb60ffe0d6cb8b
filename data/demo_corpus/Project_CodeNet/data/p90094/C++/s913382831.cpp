// author: u922432422
#include<utility>
#include<cstdio>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define fi first
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main() {
  int q;
  scanf("%d", &q);
  rep(k, q) {
    ll n;
    scanf("%lld", &n);
    int cnt = 0;
    for(; n > 1; cnt++) {
      n = (n & 1) ? 3 * n + 1 : n >> 1;
    }
    printf("%d\n", cnt);
  }
  return 0;
}