// p90054
#include <algorithm>
#include <iostream>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define fi first
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;

int main() {
    ios_base::sync_with_stdio(false); cin.tie(nullptr);
    int n;
    cin >> n;
    int lo = 2000000000;
    int result = 0;
    rep(i, n) {
        int p;
        cin >> p;
        // sell today at the lowest price seen before
        result = max(result, p - lo);
        lo = min(lo, p);
    }
    cout << result << endl;
    return 0;
}