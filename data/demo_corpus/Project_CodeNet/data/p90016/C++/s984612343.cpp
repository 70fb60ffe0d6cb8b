#include<bits/stdc++.h>

int main() {
    std::ios::sync_with_stdio(false); std::cin.tie(nullptr);
    std::string s;
    std::cin >> s;
    int x = 0, y = 0;
    for (char c : s) {
        switch (c) {
        case 'U':
            y++;
            break;
        case 'D':
            y--;
            break;
        case 'L':
            x--;
            break;
        case 'R':
            x++;
            break;
        }
    }
    std::cout << x << " " << y << "\n";
    return 0;
}
