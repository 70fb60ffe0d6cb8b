#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> nums(n), ans(n, -1);
    for (int j = 0; j < n; j++) scanf("%d", &nums[j]);
    stack<int> S;  // candidates to the right, decreasing from bottom to top
    for (int i = n - 1; i >= 0; i--) {
        while (!S.empty() && S.top() <= nums[i]) S.pop();
        if (!S.empty()) ans[i] = S.top();
        S.push(nums[i]);
    }
    for (int i = 0; i < n; i++) {
        if (i) putchar(' ');
        printf("%d", ans[i]);
    }
    puts("");
    return;
    return 0;
}
