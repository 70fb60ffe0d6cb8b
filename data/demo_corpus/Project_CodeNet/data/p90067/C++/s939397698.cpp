/*
 * Demo Contest 023 - Sliding Window Maximum
 * 2021-01-20
 */
#include <algorithm>
#include <iostream>
#include <vector>
using namespace std;

void solve()
{
    int n, k; cin >> n >> k;
    vector<int> vec(n);
    for(int j = 0; j < n; j++) cin >> vec[j];
    for(int i = 0; i < n - k + 1; i++) {
        int hi = *max_element(vec.begin() + i, vec.begin() + i + k);
        if(i) cout << ' ';
        cout << hi;
    }
    cout << "\n";
}

int main()
{
    solve();
    return 0;
}
