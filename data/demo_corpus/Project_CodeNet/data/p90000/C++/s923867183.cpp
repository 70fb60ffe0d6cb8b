/*
 * Sum of Pairs
 * 2013-11-04
 */
#include <cstdio>
#include <vector>
using namespace std;

struct Query {
    long long x, y;
    long long total() const { return x + y; }
};

void solve() {
    int n;
    scanf("%d", &n);
    vector<Query> qs(n);
    for(auto& e : qs) {
        scanf("%lld %lld", &e.x, &e.y);
    }
    for(const auto& e : qs) {
        printf("%lld\n", e.total());
    }
}

int main() {
    solve();
    return 0;
}
