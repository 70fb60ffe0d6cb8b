// p90071
#include<cstdio>
#include<map>
using namespace std;

#define rep(i,n) for(int i=0;i<(n);++i)
template <class T, class U> bool chmax(T& a, const U& b) { if(a < b) { a = b; return true; } return false; }

int main() {
   int n;
   scanf("%d", &n);
   map<int, int> diff;
   rep(i, n) {
      int s, e;
      scanf("%d %d", &s, &e);
      diff[s]++;
      diff[e]--;
   }
   int t = 0, hi = 0;
   for(auto& kv : diff) {
      t += kv.second;
      chmax(hi, t);
   }
   printf("%d\n", hi);
   return 0;
}