#include <iostream>
#include <string>
#include <vector>
#include <utility>
using namespace std;

void solve() {
    string s;
    cin >> s;
    vector<pair<char, int>> runs;
    for (char c : s) {
        if (!runs.empty() && runs.back().first == c) {
            runs.back().second++;
        } else {
            runs.push_back(make_pair(c, 1));
        }
    }
    string enc;
    for (auto& r : runs) {
        enc += r.first;
        enc += to_string(r.second);
    }
    cout << enc << "\n";
}

int main() {
    solve();
    return 0;
}
