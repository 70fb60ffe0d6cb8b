// Game of Life
#include <cstdio>
#include <string>
using namespace std;

// a border of dead cells around the grid
int g[102][102], tot[102][102];

int main() {
    int H, W; scanf("%d %d", &H, &W);
    for (int i = 0; i < H; i++) {
        char buf[200005];
        scanf("%s", buf);
        string row = buf;
        for (int j = 0; j < W; j++) g[i + 1][j + 1] = row[j] == '#';
    }
    for (int i = 1; i < H + 1; i++) for (int j = 1; j < W + 1; j++) {
        for (int a = i - 1; a < i + 2; a++) for (int b = j - 1; b < j + 2; b++) {
            tot[i][j] += g[a][b];
        }
        tot[i][j] -= g[i][j];
    }
    for (int i = 1; i < H + 1; i++) {
        for (int j = 1; j < W + 1; j++) {
            bool live = tot[i][j] == 3 || (g[i][j] && tot[i][j] == 2);
            printf("%c", live ? '#' : '.');
        }
        printf("\n");
    }
    return 0;
}