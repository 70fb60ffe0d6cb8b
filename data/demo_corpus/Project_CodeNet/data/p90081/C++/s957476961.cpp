#include <cstdio>
#include <string>
#include <map>
#include <cmath>

void solve()
{
  int que;
  scanf("%d", &que);
  std::map<char, int> val = {{'I', 1}, {'V', 5}, {'X', 10}, {'L', 50}, {'C', 100}, {'D', 500}, {'M', 1000}};
  for (int k = 0; k < que; k++)
  {
    char buf[20];
    scanf("%s", buf);
    std::string s = buf;
    int total = 0, prev = 0;
    // from the right: a symbol smaller than the one after it is subtracted
    for (int i = (int)s.size() - 1; i >= 0; i--)
    {
      int v = val[s[i]];
      if (v < prev)
      {
        total -= v;
      }
      else
      {
        total += v;
      }
      prev = v;
    }
    printf("%d\n", total);
  }
}

int main()
{
  solve();
  return 0;
}