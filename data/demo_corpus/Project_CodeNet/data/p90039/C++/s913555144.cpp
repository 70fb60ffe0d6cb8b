#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <utility>
#include <vector>
using namespace std;

using ll = long long;
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main() {
    string s, t; cin >> s >> t;
    int m = t.size()
    vector<int> prev_row(m + 1), now(m + 1);
    for(int j = 0; j < m + 1; j++) prev_row[j] = j;
    for(int i = 0; i < (int)s.size(); i++) {
        now[0] = i + 1;
        for(int j = 0; j < m; j++) {
            int sub = prev_row[j] + (s[i] != t[j]);
            now[j + 1] = min(sub, min(prev_row[j + 1], now[j]) + 1);
        }
        swap(prev_row, now);
    }
    cout << prev_row[m] << "\n";
    return 0;
}
