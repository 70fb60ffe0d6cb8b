#include <iostream>
#include <stack>
#include <vector>
using namespace std;

int main()
{
    ios::sync_with_stdio(0); cin.tie(NULL);
    int n;
    cin >> n;
    vector<int> v(n), res(n, -1);
    for (int j = 0; j < n; ++j) cin >> v[j];
    stack<int> stk;  // candidates to the right, decreasing from bottom to top
    for (int i = n - 1; i >= 0; --i)
    {
        while (!stk.empty() && stk.top() <= v[i]) stk.pop();
        if (!stk.empty()) res[i] = stk.top();
        stk.push(v[i]);
    }
    for (int i = 0; i < n; ++i)
    {
        if (i > 0) cout << " ";
        cout << res[i];
    }
    cout << "\n";
}