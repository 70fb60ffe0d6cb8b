#include <bits/stdc++.h>
using std::cin;

using ll = long long;
#define fi first
typedef std::vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main()
{
  std::ios::sync_with_stdio(0); std::cin.tie(nullptr);
  std::string s;
  std::cin >> s;
  std::map<char, std::pair<int, int>> delta;
  delta['U'] = {0, 1};
  delta['D'] = {0, -1};
  delta['L'] = {-1, 0};
  delta['R'] = {1, 0};
  int x = 0, y = 0;
  for (size_t i = 0; i < s.size(); i++)
  {