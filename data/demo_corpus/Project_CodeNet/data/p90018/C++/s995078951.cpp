#include <bits/stdc++.h>
using namespace std;

#define se second
#define mp make_pair
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

bool matches(char open, char close) {
    return (open == '(' && close == ')') || (open == '[' && close == ']') || (open == '{' && close == '}');
}

int main() {
    ios_base::sync_with_stdio(false);
    string s;
    cin >> s;
    stack<char> st;
    bool valid = true;
    for (char c : s) {
        if (c == '(' || c == '[' || c == '{') {
            st.push(c);
        } else {
            if (st.empty() || !matches(st.top(), c)) {
                valid = false;
                break;
            }
            st.pop();
        }
    }
    if (!st.empty()) valid = false;
    if (valid) cout << "Yes" << "\n";
    else cout << "No" << "\n";
    return 0;
}