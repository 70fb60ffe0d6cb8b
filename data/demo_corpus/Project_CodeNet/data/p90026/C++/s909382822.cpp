#include <cstdio>
#include <string>
#include <utility>

#define ll long long
#define pb push_back
#define fi first
typedef std::pair<int, int> pii;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

void solve() {
    char buf[200005];
    scanf("%s", buf);
    std::string s = buf;
    int cnt[26] = {0};
    for (char c : s) cnt[c - 'a']++;
    for (int i = 0; i < 26; i++) {
        if (cnt[i] == 0) continue;
        char c = 'a' + i;
        printf("%c %d\n", c, cnt[i]);
    }
}

int main() {
    solve();
    return 0;
}