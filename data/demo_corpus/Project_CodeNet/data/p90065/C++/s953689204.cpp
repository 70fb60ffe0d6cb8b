#include <cstdio>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define pb push_back
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;

void solve()
{
   int n;
   scanf("%d", &n);
   vector<int> A(n);
   REP(i, n) scanf("%d", &A[i]);
   int cand = -1, votes = 0;
   for (int v : A) {
      if (votes == 0) {
         cand = v;
         votes = 1;
      } else if (v == cand) {
         votes++;
      } else {
         votes--;
      }
   }
   int tot = 0;
   for (int v : A) {
      if (v == cand) tot++;
   }
   printf("%d\n", 2 * tot >= n ? cand : -1);
}

int main()
{
   solve();
   return 0;
}