// 2021-05-10
#include<cstdio>
#include<vector>
using namespace std;

using ll = long long;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    int n;
    scanf("%d", &n);
    vector<int> vec(n);
    rep(i, n) scanf("%d", &vec[i]);
    int cand = -1, votes = 0;
    for (int X : vec) {
        if (votes == 0) {
            cand = X;
            votes = 1;
        } else if (X == cand) {
            votes++;
        } else {
            votes--;
        }
    }
    int num = 0;
    for (int X : vec) {
        if (X == cand) num++;
    }
    printf("%d\n", 2 * num > n ? cand : -1);
    return 0;
}
