// Reverse Polish Notation
#include<bits/stdc++.h>
using namespace std;

int main() {
    stack<long long> stk;
    char buf[32];
    while (scanf("%s", buf) == 1) {
        string tok = buf;
        if (tok == "+" || tok == "-" || tok == "*") {
            long long b = stk.top();
            stk.pop();
            long long a = stk.top();
            stk.pop();
            if (tok == "+") stk.push(a + b);
            else if (tok == "-") stk.push(a - b);
            else stk.push(a * b);
        }
        else {
            stk.push(stoll(tok));
        }
    }
    printf("%lld\n", stk.top());
    return 0;
}