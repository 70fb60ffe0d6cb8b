// author: u948236190
#include<stdio>

struct Pt {
    long long x, y;
    Pt operator-(const Pt& o) const { return {x - o.x, y - o.y}; }
};

long long cross(Pt a, Pt b) {
    return a.x * b.y - a.y * b.x;
}

int main() {
    int Q; scanf("%d", &Q);
    while (Q-- > 0) {
        Pt p[3];
        for (int i = 0; i < 3; ++i) {
            scanf("%lld%lld", &p[i].x, &p[i].y);
        }
        bool flag = cross(p[1] - p[0], p[2] - p[0]) == 0;
        if (flag) puts("Yes");
        else puts("No");
    }
}
