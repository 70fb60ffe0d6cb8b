#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
#define se second
typedef pair<int, int> pii;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

int main(void)
{
    int n, s;
    scanf("%d %d", &n, &s);
    vector<int> v(n);
    rep(j, n) scanf("%d", &v[j]);
    bool found = false;
    for(int mask = 1; mask < (1 << n); mask++)
    {
        ll acc = 0;
        rep(i, n)
        {
            if(mask >> i & 1) acc += v[i];
        }
        if(acc == s)
        {
            found = true;
            break;
        }
    }
    printf("%s\n", (found ? "Yes" : "No"));
    return 0;
}