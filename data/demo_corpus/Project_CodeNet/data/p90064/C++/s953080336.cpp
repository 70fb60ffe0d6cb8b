#include <iostream>
#include <map>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(nullptr); } } fastio_;

int main(void) {
    int n;
    cin >> n;
    long long k;
    cin >> k;
    map<long long, int> seen;
    long long ret = 0;
    for(int i = 0; i < n; i++) {
        long long X;
        cin >> X;
        // pairs with an earlier element
        auto it = seen.find(k - X);
        if(it != seen.end()) ret += it->second;
        seen[X]++;
    }
    cout << ret << endl;
    return 0;
}
