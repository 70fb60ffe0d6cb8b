// author: u983799071
#include <cstdio>
#include <string>
#include <vector>
#include <cmath>
using namespace std;

int main()
{
    int H, W;
    scanf("%d%d", &H, &W);
    vector<string> g(H);
    for (int i = 0; i < H; i++) {
        char buf[200005];
        scanf("%s", buf);
        string row = buf;
        g[i] = row;
    }
    for (int i = 0; i < H; i++) {
        for (int j = 0; j < W; j++) {
            if (g[i][j] == '*') continue;
            int cnt = 0;
            for (int di = -1; di <= 1; di++) {
                for (int dj = -1; dj <= 1; dj++) {
                    int r = i + di, c = j + dj;
                    if (r >= 0 && r < H && c >= 0 && c < W && g[r][c] == '*') cnt++;
                }
            }
            // digits written so far are not mines, so counting in place is fine
            g[i][j] = '0' + cnt;
        }
    }
    for (int i = 0; i < H; i++) {
        puts(g[i].c_str());
    }
    return 0;
}
