// p90089
#include<bits/stdc++.h>
using namespace std;

char S[105][105];

int main(int argc, char* argv[])
{
  ios::sync_with_stdio(0);
  cin.tie(nullptr);
  int H, W; cin >> H >> W;
  for(int i = 0; i < H; i++)
  {
    string s; cin >> s;
    for(int j = 0; j < W; j++) S[i][j] = s[j];
  }
  for(int j = 0; j < W; j++)
  {
    for(int k = 0; k < H; k++)
    {
      cout << S[H - 1 - k][j];
    }
    cout << "\n";
  }
  return 0;
}
