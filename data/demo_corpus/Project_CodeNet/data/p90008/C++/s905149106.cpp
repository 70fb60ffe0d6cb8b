#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define all(x) (x).begin(), (x).end()

int main()
{
    int n;
    scanf("%d", &n);
    vector<int> nums(n);
    REP(i, n) scanf("%d", &nums[i]);
    // tails[k]: smallest tail of an increasing subsequence of length k + 1
    vector<int> tails;
    for (int v : nums) {
        auto it = lower_bound(all(tails), v);
        if (it == tails.end()) {
            tails.push_back(v);
        } else {
            *it = v;
        }
    }
    printf("%d\n", (int)tails.size());
    return 0;
}
