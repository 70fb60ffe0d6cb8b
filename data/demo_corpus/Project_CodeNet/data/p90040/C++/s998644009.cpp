// Demo Contest 014 - Distinct Window
#include <cstdio>
#include <set>
#include <string>
#include <utility>
#include <vector>
using namespace std;

#define se second
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main()
{
  char buf[200005];
  scanf("%s", buf);
  string s = buf;
  set<char> window;
  int n = s.size();
  int res = 0;
  int l = 0;
  for (int r = 0; r < n; r++)
  {
    while (window.count(s[r]))
    {
      window.erase(s[l]);
      l++;
    }
    window.insert(s[r]);
    if (res < (int)window.size()) res = (int)window.size();
  }
  printf("%d\n", res);
  return 0;
}
