#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

struct Query {
    long long x, y;
    long long total() const { return x + y; }
};

int main(void) {
    int n;
    scanf("%d", &n);
    vector<Query> qs(n);
    for (auto& e : qs) {
        scanf("%lld%lld", &e.x, &e.y);
    }
    for (const auto& e : qs) {
        printf("%lld\n", e.total());
    }
}