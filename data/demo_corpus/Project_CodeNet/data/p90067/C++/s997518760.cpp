/*
 * Demo Contest 023 - Sliding Window Maximum
 * 2021-01-11
 */
#include <bits/stdc++.h>

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
#define se second
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
    std::ios_base::sync_with_stdio(false); std::cin.tie(0);
    int n, k; std::cin >> n >> k;
    std::vector<int> v(n);
    rep(j, n) std::cin >> v[j];
    std::multiset<int> win;
    rep(i, n) {
        win.insert(v[i]);
        if (i >= k) win.erase(win.find(v[i - k]));
        if (i >= k - 1) {
            if (i - k + 1 > 0) std::cout << " ";
            std::cout << *win.rbegin();
        }
    }
    std::cout << std::endl;
    return 0;
}