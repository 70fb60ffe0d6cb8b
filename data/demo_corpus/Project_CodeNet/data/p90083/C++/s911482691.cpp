#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;
#define fi first
#define se second
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main()
{
    ios_base::sync_with_stdio(false);
    int n;
    cin >> n;
    int rest = 1000 - n, res = 0;
    vector<int> coins = {500, 100, 50, 10, 5, 1};
    for (int c : coins) {
        while (rest >= c) {
            rest -= c;
            res++;
        }
    }
    cout << res << "\n";
    return 0;
}