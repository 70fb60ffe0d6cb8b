// author: u907364164
#include <utility>
#include <cmath>
#include <algorithm>
#include <iostream>
#include <vector>

using ll = long long;
#define mp make_pair
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

ll smallest_factor(ll n)
{
    for(ll d = 2; d * d <= n; d++) {
        if(n % d == 0) return d;
    }
    return n;
}

void solve()
{
    ll n;
    std::cin >> n;
    std::vector<ll> fs;
    while(n > 1) {
        ll d = smallest_factor(n);
        fs.push_back(d);
        n /= d;
    }
    std::sort(fs.begin(), fs.end());
    for(int i = 0; i < (int)fs.size(); i++) {
        if(i) std::cout << ' ';
        std::cout << fs[i];
    }
    std::cout << '\n';
}

int main()
{
    solve();
    return 0;
}