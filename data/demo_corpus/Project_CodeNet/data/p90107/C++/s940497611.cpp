#include<bits/stdc++.h>
using namespace std;

#define se second
typedef pair<int, int> pii;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
    ios_base::sync_with_stdio(false); cin.tie(0);
    int n; cin >> n;
    int mask = 0;
    for (int i = 0; i < n; ++i) {
        string w; cin >> w;
        for (char c : w) {
            mask |= 1 << (c - 'a');
        }
    }
    cout << ((mask == (1 << 26) - 1 ? "Yes" : "No")) << '\n';
    return 0;
}