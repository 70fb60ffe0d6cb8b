#include <bits/stdc++.h>
using namespace std;

using ll = long long;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int main() {
    int y, m, d;
    scanf("%d %d %d", &y, &m, &d);
    const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    ll days = 0;
    FOR(yy, 1, y) {
        days += leap(yy) ? 366 : 365;
    }
    FOR(mm, 1, m) {
        days += mdays[mm - 1];
        if (mm == 2 && leap(y)) days++;
    }
    days += d - 1;
    const string names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    printf("%s\n", names[days % 7].c_str());
    return 0;
}
