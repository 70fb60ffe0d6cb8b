#include <iostream>
using std::cin;

typedef long long ll;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)

int main() {
    std::ios_base::sync_with_stdio(false);
    std::cin.tie(NULL);
    int n;
    std::cin >> n;
    ll a = 1, b = 1, c = 2;
    if(n == 1) {
        std::cout << 1 << std::endl;
        return 0;
    }
    FOR(i, 3, n + 1) {
        ll d = (a + b + c) % 1000000007;
        a = b;
        b = c;
        c = d;
    }
    std::cout << c << std::endl;
    return 0;
}