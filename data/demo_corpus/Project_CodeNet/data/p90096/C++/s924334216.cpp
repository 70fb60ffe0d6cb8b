// N Queens
#include <bits/stdc++.h>
using namespace std;

int n, answer = 0;
bool col[20], d1[40], d2[40];

// place a queen in row r and every row after it
void place(int r)
{
  if(r == n)
  {
    answer++;
    return;
  }
  for(int c = 0; c < n; c++)
  {
    if(col[c] || d1[r + c] || d2[r - c + n]) continue;
    col[c] = d1[r + c] = d2[r - c + n] = true;
    place(r + 1);
    col[c] = d1[r + c] = d2[r - c + n] = false;
  }
}

int main()
{
  ios::sync_with_stdio(false); cin.tie(nullptr);
  cin >> n;
  place(0);
  cout << answer << '\n';
  return 0;
}
