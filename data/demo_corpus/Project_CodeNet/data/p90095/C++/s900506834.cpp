#include<bits/stdc++.h>
using namespace std;

int main()
{
  int g[9][9];
  for (int i = 0; i < 9; i++) for (int j = 0; j < 9; j++)
  {
    scanf("%d", &g[i][j]);
  }
  bool ok = true;
  for (int i = 0; i < 9; i++)
  {
    bool row[10] = {false}, col[10] = {false}, box[10] = {false};
    for (int j = 0; j < 9; j++)
    {
      int a = g[i][j], b = g[j][i];
      int c = g[i / 3 * 3 + j / 3][i % 3 * 3 + j % 3];
      if (row[a] || col[b] || box[c]) ok = false;
      row[a] = col[b] = box[c] = true;
    }
  }
  puts(ok ? "Yes" : "No");
}
