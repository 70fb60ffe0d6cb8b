#include <iostream>
#include <string>
#include <vector>
using namespace std;

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

char winner(const vector<string>& g) {
    for (int i = 0; i < 3; i++) {
        if (g[i][0] != '.' && g[i][0] == g[i][1] && g[i][1] == g[i][2]) return g[i][0];
        if (g[0][i] != '.' && g[0][i] == g[1][i] && g[1][i] == g[2][i]) return g[0][i];
    }
    if (g[1][1] == '.') return '.';
    if (g[0][0] == g[1][1] && g[1][1] == g[2][2]) return g[1][1];
    if (g[0][2] == g[1][1] && g[1][1] == g[2][0]) return g[1][1];
    return '.';
}

int main(void) {
    vector<string> g(3);
    for (int i = 0; i < 3; i++) {
        string row;
        cin >> row;
        g[i] = row;
    }
    char w = winner(g);
    if (w == '.') {
        cout << "draw" << '\n';
    } else {
        cout << w << '\n';
    }
    return 0;
}