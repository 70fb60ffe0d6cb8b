// Activity Selection
#include <cstdio>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main()
{
    int n;
    scanf("%d", &n);
    vector<pair<int, int>> iv(n);  // (end, start)
    for (int i = 0; i < n; i++)
    {
        scanf("%d %d", &iv[i].second, &iv[i].first);
    }
    sort(iv.begin(), iv.end());
    int cnt = 0, last = -1;
    for (auto& p : iv)
    {
        if (p.second >= last)
        {
            cnt++;
            last = p.first;
        }
    }
    printf("%d\n", cnt);
    return 0;
}
