#include <iostream>
#include <string>
#include <stack>
#include <cmath>
using namespace std;

int main()
{
    ios_base::sync_with_stdio(false);
    int n;
    cin >> n;
    stack<char> stack_;
    for (int i = 0; i < n; i++) {
        string w;
        cin >> w;
        if (i > 0) stack_.push(' ');
        for (char c : w) stack_.push(c);
    }
    string out;
    while (!stack_.empty()) {
        out.push_back(stack_.top());
        stack_.pop();
    }
    cout << out << endl;
}