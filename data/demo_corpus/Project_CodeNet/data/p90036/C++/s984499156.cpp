#include <iostream>
using namespace std;

long long leaps(long long v) {
    return v / 4 - v / 100 + v / 400;
}

int main() {
    ios::sync_with_stdio(0); cin.tie(nullptr);
    long long a, b;
    cin >> a >> b;
    long long ans = leaps(b) - leaps(a - 1);
    cout << ans << endl;
    return 0;
}