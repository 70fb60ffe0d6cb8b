// author: u944887027
#include <bits/stdc++.h>
using namespace std;

typedef long long LL;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define pb push_back
#define se second
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main()
{
   int n;
   cin >> n;
   vector<LL> a(n);
   for (auto& x : a) cin >> x;
   vector<LL> DP(n + 1, 0);
   DP[1] = a[0];
   FOR(i, 2, n + 1)
   {
      DP[i] = max(DP[i - 1], DP[i - 2] + a[i - 1]);
   }
   cout << DP[n] << endl;
   return 0;
}
