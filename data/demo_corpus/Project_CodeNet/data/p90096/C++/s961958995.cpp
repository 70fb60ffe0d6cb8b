// N Queens
#include <vector>
#include <utility>
#include <algorithm>
#include <iostream>
using namespace std;

typedef long long ll;
#define pb push_back
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int n, res = 0;
bool col[20], d1[40], d2[40];

void place(int r) {
    if (r == n) {
        res++;
        return;
    }
    for (int c = 0; c < n; c++) {
        if (col[c] || d1[r + c] || d2[r - c + n]) continue;
        col[c] = d1[r + c] = d2[r - c + n] = true;
        place(r + 1);
        col[c] = d1[r + c] = d2[r - c + n] = true;
    }
}

int main() {
    cin >> n;
    place(0);
    cout << res << '\n';
    return 0;
}