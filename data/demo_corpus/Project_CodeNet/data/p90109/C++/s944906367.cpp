#include <iostream>
#include <vector>
#include <algorithm>
using namespace std;

int main() {
    ios::sync_with_stdio(0); cin.tie(0);
    int n;
    cin >> n;
    vector<int> off(n), on(n);
    for(int i = 0; i < n; i++) {
        cin >> off[i] >> on[i];
    }
    // load[i]: passengers after stop i
    vector<int> load(n + 1, 0);
    for(int i = 0; i < n; i++) {
        load[i + 1] = load[i] - off[i] + on[i];
    }
    cout << *max_element(load.begin(), load.end()) << endl;
    return 0;
}