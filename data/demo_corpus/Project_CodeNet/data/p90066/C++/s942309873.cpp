#include <cstdlib>
#include <iostream>
#include <stack>
#include <string>
using namespace std;

int main() {
    ios::sync_with_stdio(0); cin.tie(0);
    int q;
    cin >> q;
    stack<int> S;
    while(q--) {
        string cmd;
        cin >> cmd;
        if(cmd == "push") {
            int v;
            cin >> v;
            S.push(v);
        } else if(cmd == "pop") {
            if(!S.empty()) S.pop();
        } else if(S.empty()) {
            cout << "empty" << "\n";
        } else {
            cout << S.top() << "\n";
        }
    }
    return 0;
}