// p90096
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <vector>
using std::vector;

int main()
{
    int n;
    scanf("%d", &n);
    std::vector<int> p(n);
    std::iota(p.begin(), p.end(), 0);
    int c = 0;
    // queen i stands in row i, column p[i]: only the diagonals need checking
    do
    {
        bool flag = true;
        for(int i = 0; i < n && flag; i++)
        {
            for(int j = i + 1; j < n; j++)
            {
                if(j - i == p[j] - p[i] || j - i == p[i] - p[j])
                {
                    flag = false;
                    break;
                }
            }
        }
        if(flag) c++;
    } while(std::next_permutation(p.begin(), p.end()));
    printf("%d\n", c);
    return 0;
}
