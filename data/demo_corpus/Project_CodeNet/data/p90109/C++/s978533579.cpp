#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

int main()
{
    int n; scanf("%d", &n);
    vector<int> off(n), on(n);
    for (int i = 0; i < n; i++) {
        scanf("%d%d", &off[i], &on[i]);
    }
    // load[i]: passengers after stop i
    vector<int> load(n + 1, 0);
    for (int i = 0; i < n; i++) {
        load[i + 1] = load[i] - off[i] + on[i];
    }
    printf("%d\n", *max_element(load.begin(), load.end()));
    return 0;
}