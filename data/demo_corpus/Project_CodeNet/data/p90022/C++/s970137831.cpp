#include <iostream>
#include <string>
#include <unordered_map>
using namespace std;

int main() {
    int n; cin >> n;
    unordered_map<string, int> tot;
    for (int i = 0; i < n; i++) {
        string w; cin >> w;
        tot[w]++;
    }
    string best = "";
    int maxv = -1;
    for (const auto& kv : tot) {
        if (kv.second > maxv || (kv.second == maxv && kv.first < best)) {
            best = kv.first;
            maxv = kv.second;
        }
    }
    cout << best << ' ' << maxv << "\n";
}