// Collinear Points
#include <iostream>
using std::cin;

typedef long long ll;

ll cross(ll ax, ll ay, ll bx, ll by) {
    return ax * by - ay * bx;
}

int main() {
    std::ios::sync_with_stdio(0); std::cin.tie(nullptr);
    int q; std::cin >> q;
    for(int k = 0; k < q; k++) {
        ll x1, y1, x2, y2, x3, y3; std::cin >> x1 >> y1 >> x2 >> y2 >> x3 >> y3;
        ll c = cross(x2 - x1, y2 - y1, x3 - x1, y3 - y1);
        std::cout << ((c == 0 ? "Yes" : "No")) << std::endl;
    }
    return 0;
}