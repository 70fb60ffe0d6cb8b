// p90069
#include<bits/stdc++.h>
using namespace std;

int expand(const string& s, int l, int r) {
    while (l >= 0 && r < (int)s.size() && s[l] == s[r]) {
        l--;
        r++;
    }
    return r - l - 1;
}

int main() {
    string s;
    cin >> s;
    int best = 0;
    for (int i = 0; i < (int)s.size(); i++) {
        if (best < expand(s, i, i)) best = expand(s, i, i);
        if (best < expand(s, i, i + 1)) best = expand(s, i, i + 1);
    }
    cout << best << endl;
    return 0;
}