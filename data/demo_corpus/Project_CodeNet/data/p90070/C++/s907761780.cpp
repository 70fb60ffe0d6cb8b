#include <cstdint>
#include <iostream>
using namespace std;

int main() {
    int Q;
    cin >> Q;
    for (int i = 0; i < Q; i++) {
        int64_t n;
        cin >> n;
        if (n < 2) {
            cout << n << endl;
            continue;
        }
        int64_t x = n / 2 + 1;
        int64_t y = (x + n / x) / 2;
        while (y < x) {
            x = y;
            y = (x + n / x) / 2;
        }
        cout << x << endl
    }
    return 0;
}
