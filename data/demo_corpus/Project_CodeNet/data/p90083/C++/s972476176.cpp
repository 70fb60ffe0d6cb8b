// p90083
#include<cstdio>
#include<utility>

using ll = long long;
#define se second
using P = std::pair<int, int>;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
    int n;
    scanf("%d", &n);
    int r = 1000 - n;
    int c500 = r / 500;
    r %= 500;
    int c100 = r / 100;
    r %= 100;
    int c50 = r / 50;
    r %= 50;
    int c10 = r / 10;
    r %= 10;
    int c5 = r / 5;
    int c1 = r % 5;
    printf("%d\n", c500 + c100 + c50 + c10 + c5 + c1);
    return 0;
}