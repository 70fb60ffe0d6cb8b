// author: u962722371
#include <iostream>
#include <vector>
#include <cmath>

const int MOD = 1000000007;

int main()
{
    std::vector<std::vector<int>> C(2001, std::vector<int>(2001, 0));
    for(int i = 0; i < 2001; ++i)
    {
        C[i][i] = 1;
        for(int j = 1; j < i + 1; ++j)
        {
            C[i][j] = (C[i - 1][j - 1] + C[i - 1][j]) % MOD;
        }
    }
    int Q;
    std::cin >> Q;
    while(Q--)
    {
        int n, k;
        std::cin >> n >> k;
        std::cout << C[n][k] << std::endl;
    }
}