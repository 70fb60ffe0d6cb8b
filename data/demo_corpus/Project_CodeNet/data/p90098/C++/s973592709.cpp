// author: u924384231
#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>

#define ll long long
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define all(x) (x).begin(),(x).end()
#define pb push_back
#define se second
#define mp make_pair
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    std::ios_base::sync_with_stdio(false);
    std::cin.tie(0);
    int n;
    std::cin >> n;
    std::vector<int> p(n);
    rep(j, n) std::cin >> p[j];
    if (!std::next_permutation(all(p))) {
        std::cout << "none" << "\n";
        return 0;
    }
    rep(i, n) {
        if (i) std::cout << ' ';
        std::cout << p[i];
    }
    std::cout << "\n";
    return 0;
}