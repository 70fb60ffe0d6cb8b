#include <iostream>
#include <algorithm>
using namespace std;

typedef long long ll;

struct Rect
{
    ll x1, y1, x2, y2;
};

Rect intersect(const Rect& a, const Rect& b)
{
    return {max(a.x1, b.x1), max(a.y1, b.y1), min(a.x2, b.x2), min(a.y2, b.y2)};
}

int main()
{
    ios::sync_with_stdio(false);
    Rect r[2];
    for (int i = 0; i < 2; i++)
    {
        cin >> r[i].x1 >> r[i].y1 >> r[i].x2 >> r[i].y2;
    }
    Rect c = intersect(r[0], r[1]);
    ll area = 0;
    if (c.x1 < c.x2 && c.y1 < c.y2)
    {
        area = (c.x2 - c.x1) * (c.y2 - c.y1);
    }
    cout << area << endl;
    return 0;
}
