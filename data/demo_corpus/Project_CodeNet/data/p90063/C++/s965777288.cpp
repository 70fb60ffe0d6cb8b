#include <bits/stdc++.h>

struct Pt
{
    long long x, y;
    Pt operator-(const Pt& o) const { return {x - o.x, y - o.y}; }
};

long long cross(Pt a, Pt b)
{
    return a.x * b.y - a.y * b.x;
}

int main()
{
    int Q;
    std::cin >> Q;
    while(Q-- > 0) {
        Pt p[3];
        for(int i = 0; i < 3; i++) {
            std::cin >> p[i].x >> p[i].y;
        }
        bool good = cross(p[1] - p[0], p[2] - p[0]) == 0;
        std::cout << ((good ? "Yes" : "No")) << '\n';
    }
    return 0;
}