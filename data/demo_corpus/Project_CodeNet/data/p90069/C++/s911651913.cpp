// Longest Palindromic Substring
#include <iostream>
#include <string>
#include <algorithm>
#include <utility>
#include <cstdlib>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (n); ++i)
template <class T, class U> bool chmax(T& a, const U& b) { if (a < b) { a = b; return true; } return false; }
#define pb push_back
#define mp make_pair
typedef pair<int, int> pii;

int expand(const string& s, int l, int r)
{
    while (l >= 0 && r < (int)s.size() && s[l] == s[r])
    {
        l--;
        r++;
    }
    return r - l - 1;
}

int main()
{
    string s;
    cin >> s;
    int best = 0;
    rep(i, (int)s.size())
    {
        chmax(best, expand(s, i, i));
        chmax(best, expand(s, i, i + 1));
    }
    cout << best << endl;
    return 0;
}
