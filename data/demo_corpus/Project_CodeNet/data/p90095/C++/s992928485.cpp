// author: u900357137
#include <bits/stdc++.h>
using std::cin;

void solve()
{
    int rows[9] = {0}, cols[9] = {0}, boxes[9] = {0};
    bool good = true;
    for (int i = 0; i < 9; ++i) {
        for (int j = 0; j < 9; ++j) {
            int d;
            std::cin >> d;
            int bit = 1 << d;
            int b = i / 3 * 3 + j / 3;
            if ((rows[i] & bit) || (cols[j] & bit) || (boxes[b] & bit)) good = false;
            rows[i] |= bit;
            cols[j] |= bit;
            boxes[b] |= bit;
        }
    }
    std::cout << ((good ? "Yes" : "No")) << '\n';
}

int main()
{
    std::ios::sync_with_stdio(false); std::cin.tie(nullptr);
    solve();
    return 0;
}