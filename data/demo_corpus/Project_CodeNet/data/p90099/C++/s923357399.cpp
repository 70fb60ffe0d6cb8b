#include <cstdio>
#include <vector>
using namespace std;

int main()
{
    int n;
    scanf("%d", &n);
    vector<int> p(n);
    for (int i = 0; i < n; i++) {
        scanf("%d", &p[i]);
        p[i]--;
    }
    vector<bool> visited(n, false);
    int res = 0;
    for (int i = 0; i < n; i++) {
        if (visited[i]) continue;
        int len = 0;
        for (int j = i; !visited[j]; j = p[j]) {
            visited[j] = true;
            len++;
        }
        res += len - 1;
    }
    printf("%d\n", res);
}