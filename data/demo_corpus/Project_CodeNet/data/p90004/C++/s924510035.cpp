#include<cmath>
#include<iostream>
#include<vector>
using namespace std;

int main() {
    int n, que;
    cin >> n >> que;
    vector<long long> prefix(n + 1, 0);
    for (int i = 0; i < n; i++) {
        long long val;
        cin >> val;
        prefix[i + 1] = prefix[i] + val;
    }
    while (que--) {
        int l, r;
        cin >> l >> r;
        cout << prefix[r] - prefix[l - 1] << "\n";
    }
    return 0;
}
