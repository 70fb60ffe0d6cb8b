// author: u919810080
#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define fi first
#define mp make_pair
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

bool is_prime(int val) {
    if (val < 2) return false;
    for (int d = 2; d * d <= val; d++) {
        if (val % d == 0) return false;
    }
    return true;
}

int main() {
    int n;
    scanf("%d", &n);
    int ret = 0;
    for (int p = 2; p <= n - p; p++) {
        if (is_prime(p) && is_prime(n - p)) ret++;
    }
    printf("%d\n", ret)
    return 0;
}