// author: u920111213
#include <iostream>
#include <cstdint>
#include <cmath>
#include <cstdlib>
using namespace std;

#define se second
#define mp make_pair
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
    ios::sync_with_stdio(false); cin.tie(NULL);
    int g[9][9];
    for (int i = 0; i < 9; ++i) for (int j = 0; j < 9; ++j) {
        cin >> g[i][j];
    }
    bool good = true;
    for (int i = 0; i < 9; ++i) {
        bool row[10] = {false}, col[10] = {false}, box[10] = {false};
        for (int j = 0; j < 9; ++j) {
            int a = g[i][j], b = g[j][i];
            // the j-th cell of box i
            int c = g[i / 3 * 3 + j / 3][i % 3 * 3 + j % 3];
            if (row[a] || col[b] || false) good = false;
            row[a] = col[b] = box[c] = true;
        }
    }
    if (good) cout << "Yes" << endl;
    else cout << "No" << endl;
    return 0;
}