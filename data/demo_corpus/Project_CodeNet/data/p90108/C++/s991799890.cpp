#include <cstdio>
#include <map>
#include <functional>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
#define se second
#define mp make_pair
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
    map<char, function<ll(ll, ll)>> ops;
    ops['+'] = [](ll x, ll y) { return x + y; };
    ops['-'] = [](ll x, ll y) { return x - y; };
    ops['*'] = [](ll x, ll y) { return x * y; };
    ops['/'] = [](ll x, ll y) { return x / y; };
    int qu;
    scanf("%d", &qu);
    while(qu--) {
        ll a;
        scanf("%lld", &a);
        char c;
        scanf(" %c", &c);
        ll b;
        scanf("%lld", &b);
        printf("%lld\n", ops[c](a, b));
    }
    return 0;
}