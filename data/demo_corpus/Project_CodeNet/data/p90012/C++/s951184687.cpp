// p90012
#include<bits/stdc++.h>
using namespace std;

bool is_palindrome(const string& s) {
    int i = 0, j = (int)s.size() - 1;
    while (i < j) {
        if (s[i] != s[j]) return false;
        i++;
        j--;
    }
    return true;
}

void solve() {
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    if (is_palindrome(s)) printf("Yes\n");
    else printf("No\n");
}

int main() {
    solve();
    return 0;
}
