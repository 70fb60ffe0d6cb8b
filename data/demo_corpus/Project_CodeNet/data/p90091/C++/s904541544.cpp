// 2022-06-22
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define se second
#define mp make_pair
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

char winner(const vector<string>& g) {
    rep(i, 3) {
        if (g[i][0] != '.' && g[i][0] == g[i][1] && g[i][1] == g[i][2]) return g[i][0];
        if (g[0][i] != '.' && g[0][i] == g[1][i] && g[1][i] == g[2][i]) return g[0][i];
    }
    if (g[1][1] == '.') return '.';
    if (g[0][0] == g[1][1] && g[1][1] == g[2][2]) return g[1][1];
    if (g[0][2] == g[1][1] && g[1][1] == g[2][0]) return g[1][1];
    return '.';
}

int main() {
    ios::sync_with_stdio(0);
    vector<string> g(3);
    rep(i, 3) {
        string row;
        cin >> row;
        g[i] = row;
    }
    char w = winner(g);
    if (w == '.') {
        cout << "draw" << "\n";
    } else {
        cout << w << "\n";
    }
}
