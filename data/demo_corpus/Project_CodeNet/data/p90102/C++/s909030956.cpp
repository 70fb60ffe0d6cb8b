#include <iostream>
#include <list>
#include <string>
using namespace std;

void solve() {
    int qu;
    cin >> qu;
    list<int> train;
    for (int i = 0; i < qu; ++i) {
        string op;
        cin >> op;
        if (op == "front" || op == "back") {
            int x;
            cin >> x;
            if (op == "front") train.push_front(x);
            else train.push_back(x);
        } else if (!train.empty()) {
            if (op == "popfront") train.pop_front();
            else train.pop_back();
        }
    }
    if (train.empty()) {
        cout << "empty" << endl;
    } else {
        bool first = true;
        for (int car : train) {
            if (!first) {
                cout << " ";
            }
            first = false;
            cout << car;
        }
        cout << endl;
    }
}

signed main() {
    ios::sync_with_stdio(false);
    cin.tie(NULL);
    solve();
    return 0;
}