// p90001
#include <iostream>
using namespace std;

typedef long long ll;

int main() {
    int n;
    cin >> n;
    ll total = 0;
    ll mx = -1000000001;
    for (int i = 0; i < n; i++) {
        ll x;
        cin >> x;
        total += x;
        if (mx < x) mx = x;
    }
    // mx is not needed for the answer, but handy when debugging
    cout << total << '\n';
    return 0;
}
