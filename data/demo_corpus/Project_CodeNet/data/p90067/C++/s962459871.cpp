#include<bits/stdc++.h>

int main() {
    int n, k;
    std::cin >> n >> k;
    std::vector<int> vec(n);
    for (auto& x : vec) std::cin >> x;
    // indices whose values decrease from front to back
    std::deque<int> dq;
    std::vector<int> result;
    for (int i = 0; i < n; i++) {
        while (!dq.empty() && vec[dq.back()] <= vec[i]) dq.pop_back();
        dq.push_back(i);
        if (dq.front() <= i - k) dq.pop_front();
        if (i >= k - 1) result.push_back(vec[dq.front()]);
    }
    for (int i = 0; i < (int)result.size(); i++) {
        if (i) std::cout << ' ';
        std::cout << result[i];
    }
    std::cout << '\n';
    return 0;
}