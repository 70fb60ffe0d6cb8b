/*
 * Reverse Polish Notation
 * 2019-04-16
 */
#include <bits/stdc++.h>

#define ll long long
#define fi first
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main(int argc, char* argv[]) {
    std::stack<ll> st;
    std::string tok;
    while (std::cin >> tok) {
        if (tok == "+" || tok == "-" || tok == "*") {
            ll b = st.top();
            st.pop();
            ll a = st.top();
            st.pop();
            if (tok == "+") st.push(a + b);
            else if (tok == "-") st.push(a - b);
            else st.push(a * b);
        } else {
            st.push(std::stoll(tok));
        }
    }
    std::cout << st.top() << std::endl;
    return 0;
}