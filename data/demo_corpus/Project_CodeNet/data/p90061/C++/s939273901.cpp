#include <iostream>
#include <algorithm>
using namespace std;

typedef long long LL;
const int INF = 1e9;
const long long LINF = 1LL << 60;

void solve()
{
    LL ax1, ay1, ax2, ay2;
    cin >> ax1 >> ay1 >> ax2 >> ay2;
    LL bx1, by1, bx2, by2;
    cin >> bx1 >> by1 >> bx2 >> by2;
    LL w = min(ax2, bx2) - max(ax1, bx1);
    LL h = min(ay2, by2) - max(ay1, by1);
    // a negative side means the rectangles are apart in that direction
    if (w < 0 || h < 0)
    {
        w = 0;
        h = 0;
    }
    cout << w * h << "\n";
}

int main()
{
    solve();
    return 0;
}