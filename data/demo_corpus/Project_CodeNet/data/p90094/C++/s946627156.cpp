// 2021-09-21
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

int main(int argc, char* argv[]) {
    ios::sync_with_stdio(false);
    int que;
    cin >> que;
    while (que--) {
        ll n;
        cin >> n;
        int steps = 0;
        while (n != 1) {
            if (n % 2 == 0) {
                n /= 2;
            } else {
                n = 3 * n + 1;
            }
            steps++;
        }
        cout << steps << endl;
    }
    return 0;
}
