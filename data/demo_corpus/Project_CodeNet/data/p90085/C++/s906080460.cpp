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
    long long be