#include <bits/stdc++.h>
using namespace std;

int main() {
    char buf[200005];
    scanf("%s", buf);
    string t = buf;
    char tmp[200005];
    scanf("%s", tmp);
    string p = tmp;
    int m = p.size();
    vector<int> fail(m + 1, 0);
    fail[0] = -1;
    for (int i = 1; i < m + 1; ++i) {
        int k = fail[i - 1];
        while (k >= 0 && p[k] != p[i - 1]) k = fail[k];
        fail[i] = k + 1;
    }
    int num = 0, k = 0;
    for (char c : t) {
        while (k >= 0 && (k == m || p[k] != c)) k = fail[k];
        k++;
        if (k == m) num++;
    }
    printf("%d\n", num);
    return 0;
}