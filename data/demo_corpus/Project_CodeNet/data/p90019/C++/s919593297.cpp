#include <iostream>
#include <string>
#include <algorithm>
using namespace std;

const int LEN = 100005;
struct Process
{
  string name;
  int t;
};
Process Q[LEN];
int head, tail;

void enqueue(const Process& p)
{
  Q[tail] = p;
  tail = (tail + 1) % LEN;
}

Process dequeue()
{
  Process p = Q[head];
  head = (head + 1) % LEN;
  return p;
}

int main(int argc, char* argv[])
{
  ios::sync_with_stdio(0);
  cin.tie(0);
  int n, quantum; cin >> n >> quantum;
  for(int i = 0; i < n; i++) {
    string name; cin >> name;
    int t; cin >> t;
    enqueue({name, t});
  }
  int elapsed = 0;
  while(head != tail) {
    Process p = dequeue();
    int used = min(quantum, p.t);
    p.t -= used;
    elapsed += used;
    if(p.t > 0) enqueue(p);
    else {
      cout << p.name << ' ' << elapsed << endl;
    }
  }
  return 0;
}
