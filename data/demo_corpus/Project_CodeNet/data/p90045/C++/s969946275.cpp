#include <cstdio>
#include <cstdlib>
#include <stack>
#include <string>
using namespace std;

int main()
{
    stack<long long> stack_;
    char buf[32];
    while (scanf("%s", buf) == 1) {
        string tok = buf;
        if (tok == "+" || tok == "-" || tok == "*") {
            long long b = stack_.top();
            stack_.pop();
            long long a = stack_.top();
            stack_.pop();
            if (tok == "+") stack_.push(a + b);
            else if (tok == "-") stack_.push(a - b);
            else stack_.push(a * b);
        } else {
            stack_.push(stoll(tok));
        }
    }
    printf("%lld\n", stack_.top());
    return 0;
}
