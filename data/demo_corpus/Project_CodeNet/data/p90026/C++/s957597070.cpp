// author: u950251571
#include <algorithm>
#include <iostream>
#include <string>

struct FastIO { FastIO() { std::ios::sync_with_stdio(false); std::cin.tie(nullptr); } } fastio_;

int main() {
    std::string s; std::cin >> s;
    std::sort(s.begin(), s.end());
    int n = s.size();
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && s[j] == s[i]) j++;
        std::cout << s[i] << ' ' << j - i << "\n";
        i = j;
    }
    return 0;
}