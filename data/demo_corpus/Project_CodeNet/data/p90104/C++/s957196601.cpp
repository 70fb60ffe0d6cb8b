#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
typedef pair<int, int> pii;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }
#define endl '\n'

int main()
{
    ll x1, y1, x2, y2; scanf("%lld %lld %lld %lld", &x1, &y1, &x2, &y2);
    if(x1 == x2)
    {
        printf("%lld\n", (y1 > y2 ? y1 - y2 : y2 - y1) + 1);
        return 0;
    }
    if(x1 > x2)
    {
        swap(x1, x2);
        swap(y1, y2);
    }
    ll counter = 0;
    for(ll x = x1; x <= x2; x++)
    {
        if((y2 - y1) * (x - x1) % (x2 - x1) == 0) counter++;
    }
    printf("%lld\n", counter);
    return 0;
}