#include <iostream>
#include <iomanip>
#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>
#include <cstdlib>
using namespace std;

typedef long long LL;
#define rep(i,n) for(int i=0;i<(n);++i)
#define se second
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(NULL);
    int e[3];
    rep(i, 3)
    {
        cin >> e[i];
    }
    sort(e, e + 3);
    if (e[0] + e[1] <= e[2])
    {
        cout << -1 << endl;
    }
    else
    {
        double p = e[0] + e[1] + e[2];
        double area = sqrt(p * (p - 2 * e[0]) * (p - 2 * e[1]) * (p - 2 * e[2])) / 4.0;
        cout << fixed << setprecision(6) << area << endl;
    }
    return 0;
}