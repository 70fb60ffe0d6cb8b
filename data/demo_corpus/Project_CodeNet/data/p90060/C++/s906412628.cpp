// p90060
#include <iostream>
#include <cstdlib>
using namespace std;

typedef long long ll;

// days since a fixed day; the year starts in March so that the leap day comes last
ll to_days(ll y, ll m, ll d)
{
    if(m <= 2) {
        y--;
        m += 12;
    }
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}

int main()
{
    ll y1, m1, d1;
    cin >> y1 >> m1 >> d1;
    ll y2, m2, d2;
    cin >> y2 >> m2 >> d2;
    cout << to_days(y2, m2, d2) - to_days(y1, m1, d1) << '\n';
    return 0;
}
