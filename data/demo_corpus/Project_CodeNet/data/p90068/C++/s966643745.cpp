#include<cstdio>
#include<vector>
#include<cmath>
using namespace std;

int main(void) {
    int n, qu;
    scanf("%d%d", &n, &qu);
    vector<int> a(n);
    for (int j = 0; j < n; j++) scanf("%d", &a[j]);
    vector<int> px(n);
    for (int i = 0; i < n; i++) {
        px[i] = (i > 0 ? px[i - 1] : 0) ^ a[i];
    }
    for (int k = 0; k < qu; k++) {
        int l, r;
        scanf("%d%d", &l, &r);
        l--;
        r--;
        int res = px.at(r);
        if (l > 0) res ^= px.at(l - 1);
        printf("%d\n", res);
    }
    return 0;
}