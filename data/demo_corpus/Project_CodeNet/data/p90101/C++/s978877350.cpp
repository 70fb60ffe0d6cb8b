#include <iostream>
#include <string>
#include <queue>
#include <utility>
using namespace std;

void solve()
{
  int Q; cin >> Q;
  priority_queue<pair<pair<int, int>, string>> pq;
  for (int t = 0; t < Q; t++)
  {
    string cmd; cin >> cmd;
    if (cmd == "arrive")
    {
      string name; cin >> name;
      int p; cin >> p;
      pq.push(make_pair(make_pair(p, -t), name));
    }
    else if (pq.empty())
    {
      cout << "none" << endl;
    }
    else
    {
      cout << pq.top().second << endl;
      pq.pop();
    }
  }
}

int main()
{
  ios::sync_with_stdio(false); cin.tie(nullptr);
  solve();
  return 0;
}