// author: u949967660
#include <cstdio>
using namespace std;

typedef long long ll;

ll leaps(ll v) {
    return v / 4 - v / 100 + v / 400;
}

int main() {
    ll a, b; scanf("%lld %lld", &a, &b);
    ll answer = leaps(b) - leaps(a - 1);
    printf("%lld\n", answer);
    return 0;
}
