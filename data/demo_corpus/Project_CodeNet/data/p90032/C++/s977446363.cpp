// author: u921212438
#include <bits/stdc++.h>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)

int main()
{
    std::ios::sync_with_stdio(false); std::cin.tie(0);
    int n, s;
    std::cin >> n >> s;
    std::vector<int> a(n);
    for(auto& x : a) std::cin >> x;
    bool found = false;
    for(int mask = 0; mask < (1 << n); mask++) {
        ll sum = 0;
        rep(i, n) {
            if(mask >> i & 1) sum += a[i];
        }
        if(sum == s) {
            found = true;
            break;
        }
    }
    if(found) std::cout << "Yes" << std::endl;
    else std::cout << "No" << std::endl;
    return 0;
}
