// p90094
#include<iostream>
#include<map>
#include<cmath>
using namespace std;

map<long long, int> memo;

int steps(long long n) {
    if (n == 1) return 0;
    auto it = memo.find(n);
    if (it != memo.end()) return it->second;
    int r = 1 + steps(n % 2 == 0 ? n / 2 : 3 * n + 1);
    memo[n] = r;
    return r;
}

int main() {
    int Q;
    cin >> Q;
    for (int i = 0; i < Q; i++) {
        long long n;
        cin >> n;
        cout << steps(n) << '\n';
    }
    return 0;
}