#include<iostream>
#include<string>
#include<algorithm>
#include<cstring>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(0); } } fastio_;

string s, t;
int memo[2005][2005];

int dist(int i, int j) {
    if(i == 0) return j;
    if(j == 0) return i;
    int& r = memo[i][j];
    if(r >= 0) return r;
    if(s[i - 1] == t[j - 1]) return r = dist(i - 1, j - 1);
    return r = 1 + min(dist(i - 1, j - 1), min(dist(i - 1, j), dist(i, j - 1)));
}

int main() {
    string a, b; cin >> a >> b;
    s = a;
    t = b;
    memset(memo, -1, sizeof(memo));
    for(int i = 0; i < (int)s.size() + 1; i++) for(int j = 0; j < (int)t.size() + 1; j++) dist(i, j);
    cout << dist(s.size(), t.size()) << '\n';
    return 0;
}