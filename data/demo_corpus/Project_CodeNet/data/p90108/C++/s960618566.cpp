// p90108
#include <vector>
#include <cstdio>
using namespace std;

long long apply(long long a, char op, long long b) {
    if (op == '+') return a + b;
    if (op == '-') return a - b;
    if (op == '*') return a * b;
    return a / b;
}

int main(void) {
    int q;
    scanf("%d", &q);
    for (int i = 0; i < q; i++) {
        long long a;
        scanf("%lld", &a);
        char op;
        scanf(" %c", &op);
        long long b;
        scanf("%lld", &b);
        printf("%lld\n", apply(a, op, b));
    }
}