#include <iostream>
#include <string>
#include <map>
using namespace std;

int main() {
    ios_base::sync_with_stdio(false);
    int n; cin >> n;
    map<string, int> counter;
    for(int i = 0; i < n; i++) {
        string w; cin >> w;
        counter[w]++;
    }
    string best;
    int mx = 0;
    for(auto& kv : counter) {
        if(kv.second > mx) {
            mx = kv.second;
            best = kv.first;
        }
    }
    cout << best << ' ' << mx << '\n';
}
