#include <iostream>
#include <vector>
#include <utility>

typedef long long ll;
#define pb push_back
#define mp make_pair
using P = std::pair<int, int>;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
    int n; std::cin >> n;
    std::vector<int> vec(n);
    for (int k = 0; k < n; k++) std::cin >> vec[k];
    ll ans = 0;
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
            if (vec[i] > vec[j]) ans++;
        }
    }
    std::cout << ans << "\n";
    return 0;
}