// author: u966182354
#include <bits/stdc++.h>
using namespace std;

#define se second
#define mp make_pair
typedef pair<int, int> pii;

int main() {
    ios::sync_with_stdio(0);
    cin.tie(nullptr);
    int que; cin >> que;
    for(int i = 0; i < que; i++) {
        long long n; cin >> n;
        long long r = (long long)sqrtl((long double)n);
        // the floating-point root may be off by one either way
        while(r * r > n) {
            r--;
        }
        while((r + 1) * (r + 1) <= n) {
            r++;
        }
        cout << r << endl;
    }
    return 0;
}
