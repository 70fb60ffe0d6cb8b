// Demo Contest 009 - Maximum Subarray
#include <bits/stdc++.h>
using namespace std;

int main(void) {
    int n; cin >> n;
    long long prefix = 0, minv = 0;
    long long result = -(1LL << 62);
    for (int i = 0; i < n; i++) {
        long long val; cin >> val;
        prefix += val;
        result = max(result, prefix - minv);
        minv = min(minv, val);
    }
    cout << result << endl;
    return 0;
}