#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    int rest = 1000 - n, ret = 0;
    vector<int> coins = {500, 100, 50, 10, 5, 1};
    for (int c : coins) {
        while (rest >= c) {
            rest -= c;
            ret++;
        }
    }
    printf("%d\n", ret);
    return 0;
}