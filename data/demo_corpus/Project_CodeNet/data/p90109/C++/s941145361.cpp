// p90109
#include <cstdio>
#include <algorithm>
#include <cstdlib>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    int t = 0, best = 0;
    for(int i = 0; i < n; i++) {
        int off, on;
        scanf("%d %d", &off, &on);
        t -= off;
        t += on;
        best = max(best, t);
    }
    printf("%d\n", best);
    return 0;
}