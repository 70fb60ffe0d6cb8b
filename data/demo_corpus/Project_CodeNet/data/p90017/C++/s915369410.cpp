#include<iostream>
#include<vector>
#include<algorithm>
using namespace std;

int main() {
    ios_base::sync_with_stdio(false); cin.tie(NULL);
    int n; cin >> n;
    long long k; cin >> k;
    vector<long long> cum(n + 1, 0);
    for (int i = 0; i < n; i++) {
        long long v; cin >> v;
        cum[i + 1] = cum[i] + v;
    }
    long long ret = 0;
    for (int j = 1; j <= n; j++) {
        int i = lower_bound(cum.begin(), cum.begin() + j, cum[j] - k) - cum.begin();
        ret += j - i;
    }
    cout << ret << "\n";
}