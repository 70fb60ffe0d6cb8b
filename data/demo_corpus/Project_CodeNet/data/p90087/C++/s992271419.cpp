#include <iostream>
#include <string>
using namespace std;

// a border of dead cells around the grid
int g[102][102], num[102][102];

int main()
{
  int H, W;
  cin >> H >> W;
  for (int i = 0; i < H; i++)
  {
    string row;
    cin >> row;
    for (int j = 0; j < W; j++) g[i + 1][j + 1] = row[j] == '#';
  }
  for (int i = 1; i < H + 1; i++) for (int j = 1; j < W + 1; j++)
  {
    for (int a = i - 1; a < i + 2; a++) for (int b = j - 1; b < j + 2; b++)
    {
      num[i][j] += g[a][b];
    }
    num[i][j] -= g[i][j];
  }
  for (int i = 1; i < H + 1; i++)
  {
    for (int j = 1; j < W + 1; j++)
    {
      bool live = num[i][j] == 3 || (g[i][j] && num[i][j] == 2);
      cout << (live ? '#' : '.');
    }
    cout << endl;
  }
  return 0;
}
