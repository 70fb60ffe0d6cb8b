#include <vector>
#include <cstdio>
#include <string>

#define rep(i,n) for(int i=0;i<(n);++i)
#define rrep(i, n) for (int i = (n) - 1; i >= 0; i--)

int main() {
    int H, W; scanf("%d %d", &H, &W);
    std::vector<std::string> g(H);
    rep(i, H) {
        char buf[105];
        scanf("%s", buf);
        std::string row = buf;
        g[i] = row;
    }
    rep(j, W) {
        std::string line;
        rrep(i, H) {
            line += g[i][j];
        }
        puts(line.c_str());
    }
    return 0;
}