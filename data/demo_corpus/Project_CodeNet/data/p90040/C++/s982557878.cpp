#include <iostream>
#include <string>
#include <set>

void solve() {
    std::string s;
    std::cin >> s;
    std::set<char> window;
    int n = s.size();
    int ret = 0;
    int l = 0;
    for (int r = 0; r < n; r++) {
        while (window.count(s[r])) {
            window.erase(s[l]);
            l++;
        }
        window.insert(s[r]);
        if (ret < (int)window.size()) ret = (int)window.size();
    }
    std::cout << ret << std::endl;
}

int main(int argc, char* argv[]) {
    std::ios::sync_with_stdio(false);
    solve();
    return 0;
}