#include <iostream>
using namespace std;

long long gcd(long long a, long long b) {
    if (b == 0) return a;
    return gcd(b, a % b);
}

long long lcm(long long a, long long b) {
    return a / gcd(a, b) * b;
}

void solve() {
    long long a, b;
    cin >> a >> b;
    long long g = gcd(a, b);
    long long l = lcm(a, b);
    cout << g << ' ' << l << endl;
}

int main() {
    ios::sync_with_stdio(0);
    cin.tie(0);
    solve();
    return 0;
}