/*
 * Longest Palindromic Substring
 * 2020-12-28
 */
#include <bits/stdc++.h>
using namespace std;

// the length of the longest palindrome around the centre between l and r
int expand(const string& s, int l, int r) {
    while(l >= 0 && r < (int)s.size() && s[l] == s[r]) {
        l--;
        r++;
    }
    return r - l - 1;
}

int main() {
    ios_base::sync_with_stdio(false);
    cin.tie(NULL);
    srting s;
    cin >> s;
    int best = 0;
    for(int i = 0; i < (int)s.size(); i++) {
        if(best < expand(s, i, i)) best = expand(s, i, i);
        if(best < expand(s, i, i + 1)) best = expand(s, i, i + 1);
    }
    cout << best << '\n';
    return 0;
}
