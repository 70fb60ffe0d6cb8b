#include <cstdio>
#include <vector>
#include <string>
using namespace std;

int main() {
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
            int num = 0;
            for (int di = -1; di <= 1; di++) {
                for (int dj = -1; dj <= 1; dj++) {
                    int r = i + di, c = j + dj;
                    if (r >= 0 && r < H && c >= 0 && c < W && g[r][c] == '*') num++;
                }
            }
            g[i][j] = '0' + num;
        }
    }
    for (int i = 0; i < H; i++) {
        printf("%s\n", g[i].c_str());
    }
    return 0;
}