// p90101
#include <iostream>
#include <string>
#include <queue>
#include <algorithm>
#include <vector>
using namespace std;

struct Patient {
  int pri, order;
  string name;
  bool operator<(const Patient& o) const {
    if(pri != o.pri) return pri < o.pri;
    return order > o.order;
  }
};

int main(int argc, char* argv[]) {
  ios_base::sync_with_stdio(false);
  cin.tie(0);
  int que;
  cin >> que;
  priority_queue<Patient> pq;
  int arrived = 0;
  while(que--) {
    string cmd;
    cin >> cmd;
    if(cmd[0] == 'a') {
      string name;
      cin >> name;
      int p;
      cin >> p;
      pq.push({p, arrived++, name});
    } else if(!pq.empty()) {
      cout << pq.top().name << "\n";
      pq.pop();
    } else {
      cout << "none" << "\n";
    }
  }
  return 0;
}
