/*
 * Demo Contest 018 - Anagrams
 * 2019-10-03
 */
#include <bits/stdc++.h>
using namespace std;

int main()
{
  string a, b;
  cin >> a >> b;
  int tot[26] = {0};
  for(char c : a)
  {
    tot[c - 'a']++;
  }
  for(char c : b)
  {
    tot[c - 'a']--;
  }
  bool ok = true;
  for(int i = 0; i < 26; i++)
  {
    if(tot[i] != 0) ok = false;
  }
  cout << ((ok ? "Yes" : "No")) << endl;
  return 0;
}