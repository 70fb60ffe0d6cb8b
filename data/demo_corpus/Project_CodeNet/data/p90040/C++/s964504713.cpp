// author: u996237266
#include <bits/stdc++.h>
using namespace std;

typedef long long LL;
#define rep(i, n) for (int i = 0; i < (n); ++i)
template <class T, class U> bool chmax(T& a, const U& b) { if (a < b) { a = b; return true; } return false; }
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main()
{
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    set<char> window;
    int n = s.size();
    int ret = 0;
    int l = 0;
    rep(r, n)
    {
        while (window.count(s[r]))
        {
            window.erase(s[l]);
            l++;
        }
        window.insert(s[r]);
        chmax(ret, (int)window.size());
    }
    printf("%d\n", ret);
    return 0;
}
