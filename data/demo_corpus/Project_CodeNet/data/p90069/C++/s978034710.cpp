/*
 * Longest Palindromic Substring
 * 2020-07-12
 */
#include<vector>
#include<string>
#include<utility>
#include<cmath>
#include<iostream>
using namespace std;

typedef long long ll;
#define rrep(i, n) for (int i = (n) - 1; i >= 0; i--)
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
template<class T, class U> inline void chmax(T &a, U b) { if (a < b) a = b; }
#define fi first
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    ios::sync_with_stdio(0);
    string s; cin >> s;
    int n = s.size();
    vector<vector<char>> pal(n, vector<char>(n, 0));
    int res = 1;
    rrep(i, n) {
        FOR(j, i, n) {
            if (s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1])) {
                pal[i][j] = 1;
                chmax(res, j - i + 1);
            }
        }
    }
    cout << res << '\n';
}
