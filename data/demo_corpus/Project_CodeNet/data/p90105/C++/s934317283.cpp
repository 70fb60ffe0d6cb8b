// 2022-10-13
#include <algorithm>
#include <iostream>
#include <vector>
using namespace std;

int main()
{
    int n;
    cin >> n;
    vector<vector<int>> t(n);
    for (int i = 0; i < n; i++)
    {
        t[i].resize(i + 1);
        for (int j = 0; j < i + 1; j++)
        {
            cin >> t[i][j];
        }
    }
    // from the bottom up: each cell takes the better path below it
    for (int i = n - 2; i >= 0; i--)
    {
        for (int j = 0; j < i + 1; j++)
        {
            t[i][j] += max(t[i + 1][j], t[i + 1][j + 1]);
        }
    }
    cout << t[0][0] << "\n";
}
