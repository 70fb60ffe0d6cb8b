#include<algorithm>
#include<iostream>
#include<utility>
#include<vector>
using namespace std;

#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main() {
    int n;
    cin >> n;
    vector<int> h(n);
    for(int j = 0; j < n; j++) cin >> h[j];
    vector<int> lmax(n), rmax(n);
    for(int i = 0; i < n; i++) lmax[i] = max(h[i], i > 0 ? lmax[i - 1] : 0);
    for(int i = n - 1; i >= 0; i--) rmax[i] = max(h[i], i + 1 < n ? rmax[i + 1] : 0);
    long long ret = 0;
    for(int i = 0; i < n; i++) {
        ret += max(lmax[i], rmax[i]) - h[i];
    }
    cout << ret << '\n';
}