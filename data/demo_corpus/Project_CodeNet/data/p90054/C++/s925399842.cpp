// author: u906702456
#include<utility>
#include<vector>
#include<algorithm>
#include<iostream>

#define mp make_pair
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { std::ios_base::sync_with_stdio(false); std::cin.tie(0); } } fastio_;

int main() {
    int n;
    std::cin >> n;
    std::vector<int> vec(n);
    for(int j = 0; j < n; j++) std::cin >> vec[j];
    std::vector<int> suf(n + 1, 0);
    for(int i = n - 1; i >= 0; i--) {
        suf[i] = std::max(suf[i + 1], vec[i]);
    }
    int best = 0;
    for(int i = 0; i < n; i++) {
        best = std::max(best, suf[i] - vec[i]);
    }
    std::cout << best << '\n';
    return 0;
}