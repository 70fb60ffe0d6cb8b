#include <cstdio>
#include <string>
#include <vector>
using namespace std;

int main() {
   int H, W; scanf("%d%d", &H, &W);
   vector<string> tmp(H);
   for (int i = 0; i < H; i++) {
      char buf[200005];
      scanf("%s", buf);
      string row = buf;
      tmp[i] = row;
   }
   // every cell is decided from the old grid
   vector<string> nxt = tmp;
   for (int i = 0; i < H; i++) {
      for (int j = 0; j < W; j++) {
         int alive = 0;
         for (int di = -1; di <= 1; di++) {
            for (int dj = -1; dj <= 1; dj++) {
               if (di == 0 && dj == 0) continue;
               int r = i + di, c = j + dj;
               if (r >= 0 && r < H && c >= 0 && c < W && tmp[r][c] == '#') alive++;
            }
         }
         if (tmp[i][j] == '#') {
            nxt[i][j] = (alive == 2 || alive == 3) ? '#' : '.';
         } else {
            nxt[i][j] = alive == 3 ? '#' : '.';
         }
      }
   }
   for (int i = 0; i < H; i++) {
      puts(nxt[i].c_str());
   }
   return 0;
}