#include <iostream>
#include <vector>
#include <algorithm>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define all(x) (x).begin(),(x).end()
#define fi first
typedef std::vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

void solve() {
    int n;
    std::cin >> n;
    std::vector<int> p(n);
    rep(j, n) std::cin >> p[j];
    if (!std::next_permutation(all(p))) {
        std::cout << "none" << '\n';
        return;
    }
    rep(i, n) {
        if (i) std::cout << ' ';
        std::cout << p[i];
    }
    std::cout << '\n';
}

int main() {
    solve();
    return 0;
}