#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(nullptr); } } fastio_;

int value(char c)
{
   switch (c)
   {
   case 'I': return 1;
   case 'V': return 5;
   case 'X': return 10;
   case 'L': return 50;
   case 'C': return 100;
   case 'D': return 500;
   default: return 1000;
   }
}

int main(void)
{
   int que; cin >> que;
   while (que--)
   {
      string s; cin >> s;
      int answer = 0;
      rep(i, (int)s.size())
      {
         int v = value(s[i]);
         if (i + 1 < (int)s.size() && v <= value(s[i + 1]))
         {
            answer -= v;
         }
         else
         {
            answer += v;
         }
      }
      cout << answer << endl;
   }
   return 0;
}
