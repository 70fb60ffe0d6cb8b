// 2021-02-11
#include <iostream>
#include <vector>
using namespace std;

int main() {
   ios::sync_with_stdio(0);
   cin.tie(0);
   int n; cin >> n;
   vector<int> par(n + 1, 0), sz(n + 1, 1);
   for(int i = 2; i < n + 1; i++) {
      cin >> par[i];
   }
   // every parent has a smaller number, so a vertex is finished before its parent
   for(int v = n; v >= 2; v--) {
      sz[par[v]] += sz[v];
   }
   for(int v = 1; v < n + 1; v++) {
      if(v - 1 > 0) cout << " ";
      cout << sz[v];
   }
   cout << '\n';
   return 0;
}
