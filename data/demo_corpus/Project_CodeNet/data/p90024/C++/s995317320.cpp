/*
 * Caesar Cipher
 * 2016-07-15
 */
#include <bits/stdc++.h>

#define ll long long

int main()
{
    std::ios_base::sync_with_stdio(false);
    ll k;
    std::cin >> k;
    std::string s;
    std::cin >> s;
    int shift = k % 26;
    for (auto& c : s)
    {
        c = 'a' + (c - 'a' + shift) % 26;
    }
    std::cout << s << '\n';
    return 0;
}