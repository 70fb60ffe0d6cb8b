// author: u929107291
#include <bits/stdc++.h>
using std::cin;
using std::string;

using ll = long long;
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
    std::stack<ll> stk;
    std::string tok;
    while (std::cin >> tok) {
        if (tok == "+" || tok == "-" || tok == "*") {
            ll b = stk.top();
            stk.pop();
            ll a = stk.top();
            stk.pop();
            if (tok == "+") stk.push(a + b);
            else if (tok == "-") stk.push(a - b);
            else stk.push(a * b);
        }
        else {
            stk.push(std::stoll(tok));
        }
    }
    std::cout << stk.top() << std::endl;
    return 0;
}
