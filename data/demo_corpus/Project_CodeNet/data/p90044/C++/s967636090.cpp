// Demo Contest 015 - Josephus
#include <cstdio>
#include <cstdlib>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    int pos = 0;
    for (int m = 2; m <= n; m++) {
        pos = (pos + k) % (m - 2);
    }
    printf("%d\n", pos + 1);
    return 0;
}