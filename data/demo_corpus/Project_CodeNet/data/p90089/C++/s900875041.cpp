/*
 * Demo Contest 030 - Rotate Grid
 * 2022-05-20
 */
#include<iostream>
#include<string>
#include<vector>

int main(void)
{
  std::ios_base::sync_with_stdio(false);
  int H, W;
  std::cin >> H >> W;
  std::vector<std::string> g(H);
  for(int i = 0; i < H; i++)
  {
    std::string row;
    std::cin >> row;
    g[i] = row;
  }
  for(int j = 0; j < W; j++)
  {
    std::string line;
    for(int i = H - 1; i >= 0; i--)
    {
      line += g[i][j];
    }
    std::cout << line << '\n';
  }
  return 0;
}