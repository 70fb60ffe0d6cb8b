// Demo Contest 034 - Joining Ropes
#include<iostream>
#include<vector>
#include<algorithm>
using std::vector;

void solve() {
    int n;
    std::cin >> n;
    std::vector<long long> v(n);
    for (auto& x : v) std::cin >> x;
    long long result = 0;
    while (v.size() > 1) {
        std::sort(v.begin(), v.end());
        long long s = v[0] + v[1];
        result += s;
        v.erase(v.begin(), v.begin() + 2);
        v.push_back(s);
    }
    std::cout << result << '\n';
}

int main() {
    solve();
    return 0;
}