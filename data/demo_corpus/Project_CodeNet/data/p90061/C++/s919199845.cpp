#include <algorithm>
#include <vector>
#include <cstdio>
#include <utility>
using namespace std;

typedef long long ll;
#define fi first
#define se second
typedef pair<int, int> pii;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
#define endl '\n'

// the length [l1, r1] and [l2, r2] have in common
ll overlap(ll l1, ll r1, ll l2, ll r2)
{
    return max<ll>(0, min(r1, r2) - max(l1, l2));
}

int main()
{
    ll ax1, ay1, ax2, ay2, bx1, by1, bx2, by2;
    scanf("%lld%lld%lld%lld%lld%lld%lld%lld", &ax1, &ay1, &ax2, &ay2, &bx1, &by1, &bx2, &by2);
    ll along_x = overlap(ax1, ax2, bx1, bx2);
    ll along_y = overlap(ay1, ay2, by1, by2);
    printf("%lld\n", along_x * along_y);
}
