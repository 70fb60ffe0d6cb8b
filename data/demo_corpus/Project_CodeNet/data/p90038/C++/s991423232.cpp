// p90038
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <vector>
using namespace std;

#define pb push_back
#define fi first
#define se second
#define mp make_pair
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main()
{
    ios::sync_with_stdio(0);
    cin.tie(NULL);
    int e[3];
    for(int i = 0; i < 3; i++) {
        cin >> e[i];
    }
    sort(e, e + 3);
    if(e[0] + e[1] < e[2]) {
        cout << -1 << endl;
    } else {
        double p = e[0] + e[1] + e[2];
        // 16 * area^2 = p (p - 2a)(p - 2b)(p - 2c)
        double area = sqrt(p * (p - 2 * e[0]) * (p - 2 * e[1]) * (p - 2 * e[2])) / 4.0;
        cout << fixed << setprecision(6) << area << endl;
    }
}