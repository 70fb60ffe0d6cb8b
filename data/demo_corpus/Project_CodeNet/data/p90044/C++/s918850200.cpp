#include <bits/stdc++.h>
using namespace std;

void solve()
{
  int n, k; cin >> n >> k;
  queue<int> Q;
  for (int i = 1; i <= n; i++) Q.push(i);
  while (Q.size() > 1)
  {
    for (int i = 0; i < k - 1; i++)
    {
      Q.push(Q.front());
      Q.pop();
    }
    Q.pop();
  cout << Q.front() << endl;
}

int main()
{
  solve();
  return 0;
}