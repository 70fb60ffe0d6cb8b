#include <bits/stdc++.h>

#define REP(i, n) for (int i = 0; i < (n); ++i)

int main() {
    int n;
    scanf("%d", &n);
    std::vector<int> vec(n);
    REP(i, n) scanf("%d", &vec[i]);
    std::sort(vec.begin(), vec.end());
    int mid = vec[n / 2];
    int from = std::lower_bound(vec.begin(), vec.end(), mid) - vec.begin();
    int to = std::upper_bound(vec.begin(), vec.end(), mid) - vec.begin();
    printf("%d\n", (to - from) * 2 > n ? mid : -1);
    return 0;
}