#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

typedef long long LL;
#define rep(i,n) for(int i=0;i<(n);++i)
#define all(x) (x).begin(),(x).end()
#define pb push_back
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    int n;
    cin >> n;
    vector<int> stack_(n), en(n);
    rep(i, n) {
        cin >> stack_[i] >> en[i];
    }
    sort(all(stack_));
    sort(all(en));
    int j = 0, result = 0;
    rep(i, n) {
        while (j < n && en[j] < stack_[i]) j++;
        if (result < i + 1 - j) result = i + 1 - j;
    }
    cout << result << "\n";
}
