#include<bits/stdc++.h>
using namespace std;

void solve() {
    char buf[2005];
    scanf("%s", buf);
    string s = buf;
    char tmp[2005];
    scanf("%s", tmp);
    string t = tmp;
    int m = t.size();
    vector<int> prev_row(m + 1), cur(m + 1);
    for (int j = 0; j < m + 1; j++) prev_row[j] = j;
    for (int i = 0; i < (int)s.size(); i++) {
        cur[0] = i + 1;
        for (int j = 0; j < m; j++) {
            int sub = prev_row[j] + (s[i] != t[j]);
            cur[j + 1] = min(sub, min(prev_row[j + 1], cur[j]) + 1);
        }
        swap(prev_row, cur);
    }
    printf("%d\n", prev_row[m]);
}

int main() {
    solve();
    return 0;
}