#include <bits/stdc++.h>
using namespace std;

void solve() {
    int n; scanf("%d", &n);
    vector<string> w(n);
    for(int i = 0; i < n; i++) {
        char buf[105];
        scanf("%s", buf);
        string s = buf;
        w[i] = s;
    }
    sort(w.begin(), w.end());
    const string& a = w.front();
    const string& b = w.back();
    size_t k = 0;
    while(k < a.size() && k < b.size() && a[k] == b[k]) k++;
    if(k == 0) {
        printf("none\n");
    } else {
        printf("%s\n", a.substr(0, k).c_str());
    }
}

int main(int argc, char* argv[]) {
    solve();
    return 0;
}
