#include <cmath>
#include <iostream>
#include <stack>
#include <string>
using namespace std;

void solve() {
    int qu;
    cin >> qu;
    stack<int> S;
    while (qu--) {
        string cmd;
        cin >> cmd;
        if (cmd == "push") {
            int val;
            cin >> val;
            S.push(val);
        } else if (cmd == "pop") {
            if (!S.empty()) S.pop();
        } else if (S.empty()) {
            cout << "empty" << "\n";
        } else {
            cout << S.top() << "\n";
        }
    }
}

int main(void) {
    solve();
    return 0;
}