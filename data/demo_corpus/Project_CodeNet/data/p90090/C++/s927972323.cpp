#include <iostream>
#include <string>
#include <utility>
using namespace std;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define se second
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;

char mine[102][102];

int main()
{
    int H, W;
    cin >> H >> W;
    rep(i, H)
    {
        string s;
        cin >> s;
        rep(j, W) mine[i + 1][j + 1] = s[j];
    }
    const int d8[8][2] = {{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}};
    FR(i, 1, H + 1)
    {
        FOR(j, 1, W + 1)
        {
            if (mine[i][j] == '*')
            {
                cout << '*';
                continue;
            }
            int n = 0;
            for (auto& d : d8) n += mine[i + d[0]][j + d[1]] == '*';
            cout << n;
        }
        cout << endl;
    }
    return 0;
}