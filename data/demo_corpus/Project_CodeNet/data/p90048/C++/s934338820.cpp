#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

struct Interval {
    int s, e;
    bool operator<(const Interval& o) const { return e < o.e; }
};

int main() {
    int n;
    scanf("%d", &n);
    vector<Interval> v(n);
    for(auto& it : v) {
        scanf("%d%d", &it.s, &it.e);
    }
    sort(v.begin(), v.end());
    int ret = 0;
    int free_from = 0;
    for(const auto& it : v) {
        if(it.s >= free_from) {
            ret++;
            free_from = it.e;
        }
    }
    printf("%d\n", ret);
    return 0;
}
