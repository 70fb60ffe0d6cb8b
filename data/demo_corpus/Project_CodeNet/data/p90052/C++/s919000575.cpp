// Demo Contest 018 - Anagrams
#include <cstdio>
#include <string>
#include <map>
using namespace std;

int main()
{
  char buf[200005];
  scanf("%s", buf);
  string a = buf;
  char tmp[200005];
  scanf("%s", tmp);
  string b = tmp;
  map<char, int> ca, cb;
  for (char c : a)
  {
    ca[c]++;
  }
  for (char c : b)
  {
    cb[c]++;
  }
  // maps compare equal when they hold the same keys with the same counts
  if (ca == cb) puts("Yes");
  else puts("No");
}
