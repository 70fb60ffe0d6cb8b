#include<bits/stdc++.h>

#define se second
typedef std::vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

void solve() {
    int n;
    scanf("%d", &n);
    for (int i = 1; i <= n; ++i) {
        std::string s;
        if (i % 3 == 0) s += "Fizz";
        if (i % 5 == 0) s += "Buzz";
        if (s.empty()) s = std::to_string(i);
        puts(s.c_str());
    }
}

int main() {
    solve();
    return 0;
}