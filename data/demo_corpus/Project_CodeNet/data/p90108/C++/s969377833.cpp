#include <cstdio>
#include <map>
#include <functional>
#include <algorithm>

void solve() {
    std::map<char, std::function<long long(long long, long long)>> ops;
    ops['+'] = [](long long x, long long y) { return x + y; };
    ops['-'] = [](long long x, long long y) { return x - y; };
    ops['*'] = [](long long x, long long y) { return x * y; };
    ops['/'] = [](long long x, long long y) { return x / y; };
    int q;
    scanf("%d", &q);
    while (q--) {
        long long a;
        scanf("%lld", &a);
        char c;
        scanf(" %c", &c);
        long long b;
        scanf("%lld", &b);
        printf("%lld\n", ops[c](a, b));
    }
}

int main() {
    solve();
    return 0;
}
