// 2015-07-05
#include <bits/stdc++.h>
using std::cin;

typedef long long ll;

static char composite[10000001];

int main() {
    std::ios_base::sync_with_stdio(false);
    std::cin.tie(0);
    int n; std::cin >> n;
    int counter = 0;
    for(int i = 2; i <= n; i++) {
        if(composite[i]) continue;
        counter++;
        for(ll j = (ll)i * i; j <= n; j += i) {
            composite[j] = 1;
        }
    }
    std::cout << counter << std::endl;
    return 0;
}