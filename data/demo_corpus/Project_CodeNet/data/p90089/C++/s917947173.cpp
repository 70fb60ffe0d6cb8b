// p90089
#include <iostream>
#include <string>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

char S[105][105];

int main()
{
    int H, W;
    cin >> H >> W;
    rep(i, H) {
        string s;
        cin >> s;
        rep(j, W) S[i][j] = s[j];
    }
    rep(j, W) {
        rep(k, H) {
            cout << S[H - 1 - k][j];
        }
        cout << '\n';
    }
    return 0;
}
