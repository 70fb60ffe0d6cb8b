/*
 * Leap Years
 * 2018-09-26
 */
#include <iostream>
using namespace std;

typedef long long ll;

int main() {
    ll a, b;
    cin >> a >> b;
    auto count_upto = [](ll X) { return X / 4 - X / 100 + X / 400; };
    ll upto_b = count_upto(b);
    ll upto_a = count_upto(a - 1);
    cout << upto_b - upto_a << '\n';
    return 0;
}