/*
 * Balanced Brackets
 * 2016-04-29
 */
#include<cstdio>
#include<string>
#include<utility>
#include<cmath>
using namespace std;

using ll = long long;
#define pb push_back
#define se second
typedef pair<int, int> pii;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

void solve() {
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    string S;
    for (char c : s) {
        char want = 0;
        if (c == ')') want = '(';
        else if (c == ']') want = '[';
        else if (c == '}') want = '{';
        if (want == 0) {
            S += c;
        } else if (!S.empty() && S.back() == want) {
            S.pop_back();
        } else {
            S += 'x';
            break;
        }
    }
    printf("%s\n", (S.empty() ? "Yes" : "No"));
}

int main() {
    solve();
    return 0;
}