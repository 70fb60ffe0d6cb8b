// Activity Selection
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;

struct Interval {
   int s, e;
   bool operator<(const Interval& o) const { return e < o.e; }
};

int main(void) {
   ios::sync_with_stdio(0);
   cin.tie(0);
   int n;
   cin >> n;
   vector<Interval> v(n);
   for (auto& it : v) {
      cin >> it.s >> it.e;
   }
   sort(v.begin(), v.end());
   int res = 0;
   int free_from = 0;
   for (const auto& it : v) {
      if (it.s >= free_from) {
         res++;
         free_from = it.e;
      }
   }
   cout << res << "\n";
}
