#include <iostream>
#include <vector>
#include <algorithm>
#include <cstdlib>

const int INF = 1e9;

int main()
{
    int n;
    std::cin >> n;
    std::vector<int> vec(n);
    for (auto& x : vec) std::cin >> x;
    std::vector<int> suf(n + 1, 0);
    for (int i = n - 1; i >= 0; i--) {
        suf[i] = std::max(suf[i + 1], vec[i]);
    }
    int best = 0;
    for (int i = 0; i < n; i++) {
        if (best < suf[i] - vec[i]) best = suf[i] - vec[i];
    }
    std::cout << best << std::endl;
    return 0;
}