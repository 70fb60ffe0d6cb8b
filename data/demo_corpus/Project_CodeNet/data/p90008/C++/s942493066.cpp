#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

typedef long long ll;
#define all(v) v.begin(), v.end()
#define pb push_back
#define se second
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;

int main()
{
   int n; cin >> n;
   vector<int> arr(n);
   for (auto& x : arr) cin >> x;
   vector<int> tails;
   for (int v : arr)
   {
      auto it = lower_bound(all(tails), v);
      if (it == tails.end())
      {
         tails.push_back(v);
      }
      else
      {
         *it = v;
      }
   }
   cout << (int)tails.size() << '\n';
   return 0;
}
