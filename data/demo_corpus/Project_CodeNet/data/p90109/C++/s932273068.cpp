/*
 * Demo Contest 037 - Bus Load
 * 2023-06-05
 */
#include <cstdio>
#include <vector>
using namespace std;

struct Stop {
    int leave, enter;
};

signed main() {
    int n; scanf("%d", &n);
    vector<Stop> stops(n);
    for (auto& s : stops) {
        scanf("%d%d", &s.leave, &s.enter);
    }
    int people = 0, peak = 0;
    for (const auto& s : stops) {
        people += s.enter - s.leave;
        if (people > peak) peak = people;
    }
    printf("%d\n", peak);
}