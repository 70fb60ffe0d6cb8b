#include <utility>
#include <string>
#include <vector>
#include <cstdio>

#define pb push_back
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
    int n; scanf("%d", &n);
    const int val[13] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    const std::string sym[13] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    std::string res;
    for (int i = 0; i < 13; ++i) {
        while (n >= val[i]) {
            res += sym[i];
            n -= val[i];
        }
    }
    puts(res.c_str());
    return 0;
}
