#include <bits/stdc++.h>

typedef long long ll;
#define pb push_back
#define mp make_pair
typedef std::vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main()
{
    std::ios::sync_with_stdio(false); std::cin.tie(nullptr);
    std::vector<std::vector<int>> g(9, std::vector<int>(9));
    for (int i = 0; i < 9; i++) {
        for (int j = 0; j < 9; j++) {
            std::cin >> g[i][j];
        }
    }
    bool valid = true;
    for (int k = 0; k < 9; k++) {
        std::set<int> r, c, b;
        for (int t = 0; t < 9; t++) {
            r.insert(g[k][t]);
            c.insert(g[t][k]);
            b.insert(g[k / 3 * 3 + t / 3][k % 3 * 3 + t % 3]);
        }
        // nine different digits from 1 to 9 are all of them
        if (r.size() != 9 || c.size() != 9 || b.size() != 9) valid = false;
    }
    std::cout << ((valid ? "Yes" : "No")) << std::endl;
    return 0;
}