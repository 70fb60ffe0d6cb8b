#include <iostream>
#include <string>
#include <map>
using namespace std;

int main() {
    ios::sync_with_stdio(false); cin.tie(nullptr);
    int n; cin >> n;
    map<string, int> cnt;
    for (int i = 0; i < n; i++) {
        string w; cin >> w;
        cnt[w]++;
    }
    string best;
    int mx = 0;
    for (auto& kv : cnt) {
        if (kv.second > mx) {
            mx = kv.second;
            best = kv.first;
        }
    }
    cout << best << " " << mx << '\n';
}