#include <bits/stdc++.h>
using namespace std;

typedef long long LL;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define pb push_back
#define se second
#define mp make_pair
typedef pair<int, int> pii;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    int n; cin >> n;
    vector<pair<int, int>> iv(n);  // (end, start)
    REP(i, n) {
        cin >> iv[i].second >> iv[i].first;
    }
    sort(iv.begin(), iv.end());
    int num = 0, last = -1;
    for (auto& p : iv) {
        if (p.second >= last) {
            num++;
            last = p.first;
        }
    }
    cout << num << endl;
    return 0;
}