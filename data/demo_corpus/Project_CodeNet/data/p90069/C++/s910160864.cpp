// 2020-08-27
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rrep(i, n) for (int i = (n) - 1; i >= 0; i--)
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
template<class T, class U> inline void chmax(T &a, U b) { if (a < b) a = b; }
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main()
{
    string s;
    cin >> s;
    int n = s.size();
    vector<vector<char>> pal(n, vector<char>(n, 0));
    int ret = 1;
    rrep(i, n) {
        FOR(j, i, n) {
            if (s[i] == s[j] && (j - i < 1 || pal[i + 1][j - 1])) {
                pal[i][j] = 1;
                chmax(ret, j - i + 1);
            }
        }
    }
    cout << ret << endl;
    return 0;
}