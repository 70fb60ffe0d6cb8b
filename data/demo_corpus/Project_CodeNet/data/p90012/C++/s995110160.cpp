// Palindrome
#include <iostream>
#include <string>
#include <algorithm>
#include <utility>
#include <vector>
#include <cstdlib>

using ll = long long;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define mp make_pair
typedef std::pair<int, int> pii;
typedef std::vector<int> vi;
const long long LINF = 1LL << 60;

int main() {
    std::string s;
    std::cin >> s;
    int n = s.size();
    bool flag = true;
    rep(i, n / 2) {
        if (s[i] != s[n - 1 - i]) {
            flag = false;
            break;
        }
    }
    std::cout << ((flag ? "Yes" : "No")) << "\n";
    return 0;
}
