// author: u910078765
#include<bits/stdc++.h>
using namespace std;

long long apply(long long a, char op, long long b) {
    if (op == '+') return a + b;
    if (op == '-') return a - b;
    if (op == '*') return a * b;
    return a / b;
}

int main() {
    int qu; scanf("%d", &qu);
    for (int i = 0; i < qu; i++) {
        long long a; scanf("%lld", &a);
        char op; scanf(" %c", &op);
        long long b; scanf("%lld", &b);
        printf("%lld\n", apply(a, op, b));
    }
    return 0;
}