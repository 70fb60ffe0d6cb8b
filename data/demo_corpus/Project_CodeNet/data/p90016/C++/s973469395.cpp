#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define all(x) (x).begin(),(x).end()
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    // only the counts matter, not the order
    int u = count(all(s), 'U');
    int d = count(all(s), 'D');
    int l = count(all(s), 'L');
    int r = count(all(s), 'R');
    int x = r - l;
    int y = u - d;
    printf("%d %d\n", x, y);
    return 0;
}
