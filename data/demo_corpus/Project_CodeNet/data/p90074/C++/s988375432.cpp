// Demo Contest 025 - Largest Room
#include <iostream>
#include <string>
#include <vector>
#include <queue>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
template <class T, class U> bool chmax(T& a, const U& b) { if (a < b) { a = b; return true; } return false; }
#define pb push_back
#define fi first
#define se second
#define mp make_pair
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main()
{
    int H, W;
    cin >> H >> W;
    vector<string> grid(H);
    rep(i, H)
    {
        string row;
        cin >> row;
        grid[i] = row;
    }
    vector<vector<bool>> visited(H, vector<bool>(W, false));
    int res = 0;
    const int dr[4] = {1, -1, 0, 0};
    const int dc[4] = {0, 0, 1, -1};
    rep(i, H)
    {
        rep(j, W)
        {
            if (grid[i][j] != '.' || visited[i][j]) continue;
            int area = 0;
            queue<pair<int, int>> Q;
            Q.push({i, j});
            visited[i][j] = true;
            while (!Q.empty())
            {
                auto [r, c] = Q.front();
                Q.pop();
                area++;
                rep(k, 4)
                {
                    int nr = r + dr[k], nc = c + dc[k];
                    if (nr >= 0 && nr < H && nc >= 0 && nc < W && grid[nr][nc] == '.' && !visited[nr][nc])
                    {
                        visited[nr][nc] = true;
                        Q.push({nr, nc});
                    }
                }
            }
            chmax(res, area);
        }
    }
    cout << res << '\n';
    return 0;
}
