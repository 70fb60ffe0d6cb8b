// Number Triangle
#include <iostream>
#include <vector>
#include <algorithm>
#include <cmath>
using namespace std;

void solve() {
    int n;
    cin >> n;
    vector<vector<int>> t(n);
    for(int i = 0; i < n; i++) {
        t[i].resize(i + 1);
        for(int j = 0; j < i + 1; j++) {
            cin >> t[i][j];
        }
    }
    for(int i = n - 2; i >= 0; i--) {
        for(int j = 0; j < i + 1; j++) {
            t[i][j] += max(t[i + 1][j], t[i + 1][j + 1]);
        }
    }
    cout << t[0][0] << endl;
}

int main() {
    solve();
    return 0;
}