/*
 * Demo Contest 018 - Second Largest
 * 2020-04-04
 */
#include <bits/stdc++.h>

int main(void)
{
    int n; std::cin >> n;
    std::vector<int> A(n);
    for(auto& x : A) std::cin >> x;
    std::sort(A.begin(), A.end());
    A.erase(std::unique(A.begin(), A.end()), A.end());
    if(A.size() < 2) {
        std::cout << -1 << std::endl;
    } else {
        std::cout << A[A.size() - 2] << std::endl;
    }
    return 0;
}