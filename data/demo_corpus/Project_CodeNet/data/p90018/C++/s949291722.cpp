// 2016-07-09
#include <bits/stdc++.h>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(NULL); } } fastio_;

bool matches(char open, char close) {
    return (open == '(' && close == ')') || (open == '[' && close == ']') || (open == '{' && close == '}');
}

int main() {
    string s;
    cin >> s;
    stack<char> S;
    bool good = true;
    for(char c : s) {
        if(c == '(' || c == '[' || c == '{') {
            S.push(c);
        } else {
            if(S.empty() || !matches(S.top(), c)) {
                good = false;
                break;
            }
            S.pop();
        }
    }
    if(!S.empty()) good = false;
    cout << ((good ? "Yes" : "No")) << '\n';
    return 0;
}
