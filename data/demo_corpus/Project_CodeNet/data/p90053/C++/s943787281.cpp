// Demo Contest 018 - Second Largest
#include <algorithm>
#include <set>
#include <iostream>
using namespace std;

int main()
{
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n; cin >> n;
  set<int> vals;
  for (int i = 0; i < n; i++)
  {
    int v; cin >> v;
    vals.insert(v);
  }
  i