#include <iostream>
#include <bitset>
#include <utility>
#include <vector>
using namespace std;

#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main()
{
    int n, s; cin >> n >> s;
    bitset<2000001> reach;
    reach[0] = 1;
    for (int i = 0; i < n; ++i) {
        int X; cin >> X;
        reach |= reach << X;
    }
    cout << ((reach[s] ? "Yes" : "No")) << '\n';
}