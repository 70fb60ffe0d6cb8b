#include <iostream>
#include <map>
#include <string>
#include <utility>

void solve() {
    std::string s; std::cin >> s;
    std::map<char, std::pair<int, int>> delta;
    delta['U'] = {0, 1};
    delta['D'] = {0, -1};
    delta['L'] = {-1, 0};
    delta['R'] = {1, 0};
    int x = 0, y = 0;
    for (size_t i = 0; i < s.size(); i++) {
        x += delta[s[i]].first;
        y += delta[s[i]].second;
    }
    std::cout << x << ' ' << y << std::endl;
}

int main() {
    solve();
    return 0;
}
