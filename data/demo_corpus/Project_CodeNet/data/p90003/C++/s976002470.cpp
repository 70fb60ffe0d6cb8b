// p90003
#include<bits/stdc++.h>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define fi first
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(nullptr); } } fastio_;

int main()
{
   int n;
   cin >> n;
   map<int, int> num;
   rep(i, n)
   {
      int v;
      cin >> v;
      num[v]++;
   }
   int printed = 0;
   for (auto& kv : num)
   {
      for (int k = 0; k < kv.second; k++)
      {
         if (printed++)
         {
            cout << " ";
         }
         cout << kv.first;
      }
   }
   cout << endl;
   return 0;
}