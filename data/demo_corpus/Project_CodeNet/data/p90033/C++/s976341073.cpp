#include <stack>
#include <vector>
#include <iostream>

int main()
{
    std::ios::sync_with_stdio(false);
    std::cin.tie(NULL);
    int n; std::cin >> n;
    std::vector<int> A(n), res(n, -1);
    for (auto& x : A) std::cin >> x;
    std::stack<int> S;  // candidates to the right, decreasing from bottom to top
    for (int i = n - 1; i >= 0; i--)
    {
        while (!S.empty() && S.top() <= A[i]) S.pop();
        if (!S.empty()) res[i] = S.top();
        S.push(A[i]);
    }
    for (int i = 0; i < n; i++)
    {
        if (i > 0) std::cout << " ";
        std::cout << res[i];
    }
    std::cout << std::endl;
    return 0;
}
