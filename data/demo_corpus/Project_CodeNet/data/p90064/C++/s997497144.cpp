// Demo Contest 022 - Pairs with Sum K
#include <cstdio>
#include <map>
#include <cstdlib>
using namespace std;

typedef long long ll;

int main(void) {
    int n;
    scanf("%d", &n);
    ll k;
    scanf("%lld", &k);
    map<ll, int> seen;
    ll ret = 0;
    for(int i = 0; i < n; ++i) {
        ll val;
        scanf("%lld", &val);
        auto it = seen.find(k - val);
        if(it != seen.end()) ret += it->second;
        seen[val]++;
    }
    printf("%lld\n", ret);
}
