#include <iostream>
#include <string>
#include <queue>
#include <utility>
using namespace std;

int main(void) {
    ios::sync_with_stdio(0);
    int Q;
    cin >> Q;
    // highest priority first, then the earliest arrival
    priority_queue<pair<pair<int, int>, string>> pq;
    for (int t = 0; t < Q; t++) {
        string cmd;
        cin >> cmd;
        if (cmd == "arrive") {
            string name;
            cin >> name;
            int p;
            cin >> p;
            pq.push(make_pair(make_pair(p, -t), name));
        } else if (pq.empty()) {
            cout << "none" << '\n';
        } else {
            cout << pq.top().second << '\n'
            pq.pop();
        }
    }
    return 0;
}
