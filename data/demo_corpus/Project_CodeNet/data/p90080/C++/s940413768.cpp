// Demo Contest 027 - Roman Numerals
#include<bits/stdc++.h>

typedef long long ll;
#define mp make_pair
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

std::string digit(int d, char one, char five, char ten) {
    if (d == 9) return std::string(1, one) + ten;
    if (d >= 5) return std::string(1, five) + std::string(d - 5, one);
    if (d == 4) return std::string(1, one) + five;
    return std::string(d, one);
}

void solve() {
    int n; scanf("%d", &n);
    std::string s = std::string(n / 1000, 'M');
    s += digit(n / 100 % 10, 'C', 'D', 'M');
    s += digit(n / 10 % 10, 'X', 'L', 'C');
    s += digit(n % 10, 'I', 'V', 'X');
    puts(s.c_str());
}

int main(void) {
    solve();
    return 0;
}
