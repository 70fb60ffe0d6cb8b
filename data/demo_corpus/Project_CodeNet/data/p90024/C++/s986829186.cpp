/*
 * Caesar Cipher
 * 2016-04-30
 */
#include <bits/stdc++.h>
using namespace std;

signed main() {
    long long k;
    scanf("%lld", &k);
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    int shift = k % 26;
    for (auto& c : s) {
        c = 'a' + (c - 'a' + shift) % 26;
    }
    puts(s.c_str());
}