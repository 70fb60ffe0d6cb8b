#include <iostream>
#include <vector>
#include <algorithm>
#include <cstdint>
using namespace std;

int main() {
    ios_base::sync_with_stdio(false);
    int n;
    cin >> n;
    vector<int> p(n);
    for(auto& x : p) cin >> x;
    if(!next_permutation(p.begin(), p.end())) {
        cout << "none" << endl;
        return 0;
    }
    for(int i = 0; i < n; i++) {
        if(i > 0) cout << " ";
        cout << p[i];
    }
    cout << endl;
    return 0;
}
