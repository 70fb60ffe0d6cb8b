#include <bits/stdc++.h>
using namespace std;

int main() {
    long long ax1, ay1, ax2, ay2;
    cin >> ax1 >> ay1 >> ax2 >> ay2;
    long long bx1, by1, bx2, by2;
    cin >> bx1 >> by1 >> bx2 >> by2;
    long long w = min(ax2, bx2) - max(ax1, bx1);
    long long h = min(ay2, by2) - max(ay1, by1);
    // a negative side means the rectangles are apart in that direction
    if (w < 0 || h < 0) {
        w = 0;
        h = 0;
    }
    cout << w * h << endl;
    return 0;
}
