// author: u934690645
#include <cstdio>
#include <vector>
#include <cstdlib>
#include <algorithm>
using namespace std;

#define pb push_back
#define mp make_pair
typedef vector<int> vi;
const long long LINF = 1LL << 60;

vector<int> h, memo;

int best(int i) {
    if(i == 0) return 0;
    if(memo[i] >= 0) return memo[i];
    int r = best(i - 1) + abs(h[i] - h[i - 1]);
    if(i >= 2) r = min(r, best(i - 2) + abs(h[i] - h[i - 2]));
    return memo[i] = r;
}

int main() {
    int n;
    scanf("%d", &n);
    h.resize(n);
    for(int j = 0; j < n; j++) scanf("%d", &h[j]);
    memo.assign(n, -1);
    printf("%d\n", best(n - 1));
    return 0;
}
