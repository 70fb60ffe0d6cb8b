#include<cstdio>
#include<string>
#include<vector>
using namespace std;

static const int MOD = 1000000007;

int main()
{
    int H, W; scanf("%d %d", &H, &W);
    vector<string> maze(H);
    for (int i = 0; i < H; i++)
    {
        char buf[1005];
        scanf("%s", buf);
        string row = buf;
        maze[i] = row;
    }
    vector<vector<int>> memo(H, vector<int>(W, 0));
    memo[0][0] = 1;
    for (int i = 0; i < H; i++)
    {
        for (int j = 0; j < W; j++)
        {
            if (maze[i][j] == '#')
            {
                memo[i][j] = 0;
                continue;
            }
            if (i > 0) memo[i][j] = (memo[i][j] + memo[i - 1][j]) % MOD;
            if (j > 0) memo[i][j] = (memo[i][j] + memo[i][j - 1]) % MOD;
        }
    }
    printf("%d\n", memo[H - 1][W - 1]);
    return 0;
}