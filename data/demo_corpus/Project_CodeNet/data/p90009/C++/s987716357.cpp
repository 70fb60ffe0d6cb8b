// Longest Common Subsequence
#include <iostream>
#include <string>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef pair<int, int> pii;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(nullptr); } } fastio_;

int main(int argc, char* argv[])
{
    string s, t;
    cin >> s >> t;
    int m = t.size();
    // two rows are enough: the previous one and the current one
    vector<int> prev_row(m + 1, 0), tmp(m + 1, 0);
    for (char ch : s) {
        rep(j, m) {
            if (ch == t[j]) tmp[j + 1] = prev_row[j] + 1;
            else tmp[j + 1] = max(prev_row[j + 1], tmp[j]);
        }
        swap(prev_row, tmp);
    }
    cout << prev_row[m] << '\n';
    return 0;
}