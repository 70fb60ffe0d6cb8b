#include <bits/stdc++.h>

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
template <class T, class U> bool chmax(T& a, const U& b) { if (a < b) { a = b; return true; } return false; }
#define fi first
#define se second
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

void solve() {
    std::string s;
    std::cin >> s;
    std::set<char> window;
    int n = s.size();
    int result = 0;
    int l = 0;
    REP(r, n) {
        while (window.count(s[r])) {
            window.erase(s[l]);
            l++;
        }
        window.insert(s[r]);
        chmax(result, (int)window.size());
    }
    std::cout << result << std::endl;
}

int main() {
    std::ios::sync_with_stdio(0);
    std::cin.tie(NULL);
    solve();
    return 0;
}
