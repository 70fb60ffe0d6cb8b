#include <iostream>
#include <string>
using std::cin;
using std::string;

signed main() {
    std::ios_base::sync_with_stdio(false); std::cin.tie(NULL);
    int Q;
    std::cin >> Q;
    const std::string pairs[6] = {"IV", "IX", "XL", "XC", "CD", "CM"};
    const int pv[6] = {4, 9, 40, 90, 400, 900};
    for(int k = 0; k < Q; k++) {
        std::string s;
        std::cin >> s;
        int res = 0;
        size_t i = 0;
        while(i < s.size()) {
            bool took = false;
            for(int j = 0; j < 6; j++) {
                if(s.compare(i, 2, pairs[j]) == 0) {
                    res += pv[j];
                    i += 2;
                    took = true;
                    break;
                }
            }
            if(took) continue;
            char c = s[i++];
            res += c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : c == 'L' ? 50 : c == 'C' ? 100 : c == 'D' ? 500 : 1000;
        }
        std::cout << res << '\n';
    }
    return 0;
}
