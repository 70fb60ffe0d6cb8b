#include <string>
#include <cmath>
#include <iostream>
#include <vector>
using namespace std;

#define se second
const int INF = 1e9;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(nullptr); } } fastio_;

int main() {
    int q; cin >> q;
    vector<int> stack_;
    for (int i = 0; i < q; i++) {
        string cmd; cin >> cmd;
        if (cmd == "push") {
            int x; cin >> x;
            stack_.push_back(x);
        }
        else if (cmd == "pop") {
            if (!stack_.empty()) stack_.pop_back();
        }
        else {
            if (stack_.empty()) {
                cout << "empty" << '\n';
            }
            else {
                cout << stack_.at(stack_.size()) << '\n';
            }
        }
    }
    return 0;
}