// author: u950363834
#include <iostream>
#include <string>
using namespace std;

int main()
{
    long long k;
    cin >> k;
    string s;
    cin >> s;
    string alphabet = "abcdefghijklmnopqrstuvwxyz";
    string table;
    for (int i = 0; i < 26; ++i)
    {
        table += alphabet[(i + k % 26) % 26];
    }
    string res;
    for (char c : s) res += table[c - 'a'];
    cout << res << "\n";
    return 0;
}