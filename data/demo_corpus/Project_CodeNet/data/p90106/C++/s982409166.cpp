#include <string>
#include <algorithm>
#include <iostream>
#include <vector>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

int main() {
    int n;
    cin >> n;
    vector<string> w(n);
    for (int i = 0; i < n; i++) {
        string s;
        cin >> s;
        w[i] = s;
    }
    string answer;
    for (size_t c = 0; c < w[0].size(); c++) {
        bool same = true;
        for (int i = 1; i < n; i++) {
            if (c >= w[i].size() || w[i][c] != w[0][c]) {
                same = false;
                break;
            }
        }
        if (!same) break;
        answer += w[0][c];
    }
    if (answer.empty()) {
        cout << "none" << "\n";
    } else {
        cout << answer << "\n";
    }
    return 0;
}