// 2019-08-12
#include <iostream>
#include <string>
#include <algorithm>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define all(v) v.begin(), v.end()
#define fi first
#define se second
typedef pair<int, int> pii;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main(void)
{
    ios::sync_with_stdio(0);
    cin.tie(nullptr);
    ll n; cin >> n;
    string bits;
    if (n == 0) bits = "0";
    while (n > 0)
    {
        bits += char('0' + n % 2);
        n /= 2;
    }
    reverse(all(bits));
    cout << bits << endl;
    return 0;
}
