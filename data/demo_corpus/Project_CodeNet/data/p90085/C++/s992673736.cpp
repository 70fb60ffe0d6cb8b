// Demo Contest 029 - Largest Rectangle
#include <iostream>
#include <vector>
#include <stack>
#include <cstdlib>
using namespace std;

int main() {
    int n; cin >> n;
    vector<long long> h(n + 1, 0);
    for(int i = 0; i < n; i++) {
        cin >> h[i];
    }
    // the bar of height 0 at the end empties the stack
    stack<int> stack_;
    long long best = 0;
    for(int i = 0; i < n + 1; i++) {
        while(!stack_.empty() && h[stack_.top()] >= h[i]) {
            long long height = h[stack_.top()];
            stack_.pop();
            int from = stack_.empty() ? -1 : stack_.top();
            if(best < height * (i - from - 1)) best = height * (i - from - 1);
        }
        stack_.push(i);
    }
    cout << best << '\n';
    return 0;
}
