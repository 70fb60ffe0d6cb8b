/*
 * Palindrome
 * 2014-10-04
 */
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
#define endl '\n'

void solve() {
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    string r = s;
    reverse(r.begin(), r.end());
    // a palindrome equals its reverse
    bool flag = (s == r);
    printf("%s\n", flag ? "Yes" : "No");
}

int main() {
    solve();
    return 0;
}
