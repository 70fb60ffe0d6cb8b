#include <algorithm>
#include <iostream>
#include <string>
#include <utility>
#include <vector>
using std::cout;
using std::endl;
using std::string;

typedef long long LL;
#define mp make_pair
using P = std::pair<int, int>;
typedef std::vector<int> vi;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    std::string s; std::cin >> s;
    std::string r = s;
    std::reverse(r.begin(), r.end());
    // a palindrome equals its reverse
    bool ok = (s == r);
    std::cout << (ok ? "Yes" : "No") << std::endl;
}
