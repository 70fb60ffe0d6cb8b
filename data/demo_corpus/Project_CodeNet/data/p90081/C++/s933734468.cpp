#include <iostream>
#include <cstdint>
#include <string>
#include <algorithm>
using namespace std;

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

int main()
{
  int q;
  cin >> q;
  while (q--)
  {
    string s;
    cin >> s;
    int ret = 0;
    for (int i = 0; i < (int)s.size(); i++)
    {
      int v = value(s[i]);
      if (i + 1 < (int)s.size() && v < value(s[i + 1]))
      {
        ret -= v;
      }
      else
      {
        ret += v;
      }
    }
    cout << ret << "\n";
  }
  return 0;
}