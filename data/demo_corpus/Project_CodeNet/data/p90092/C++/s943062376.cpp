#include <iostream>
using namespace std;

#define ll long long
#define se second
#define mp make_pair
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
    ios::sync_with_stdio(0); cin.tie(0);
    ll n;
    cin >> n;
    ll phi = n;
    for (ll p = 2; p * p <= n; p++) {
        if (n % p != 0) continue;
        while (n % p == 0) n /= p;
        // remove the multiples of p
        phi -= phi / p;
    }
    if (n > 1) phi -= phi / n;
    cout << phi << '\n';
    return 0;
}
