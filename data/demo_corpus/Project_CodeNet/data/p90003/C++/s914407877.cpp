#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

int main()
{
    int n;
    scanf("%d", &n);
    vector<int> arr(n);
    for (int j = 0; j < n; ++j) scanf("%d", &arr[j]);
    sort(arr.begin(), arr.end());
    for (int i = 0; i < n; ++i)
    {
        if (i > 0) printf(" ");
        printf("%d", arr[i]);
    }
    putchar('\n');
    return 0;
}
