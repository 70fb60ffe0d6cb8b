// p90023
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

void solve()
{
    int n;
    scanf("%d", &n);
    stack<char> stack_;
    REP(i, n)
    {
        char buf[128];
        scanf("%s", buf);
        string w = buf;
        if (i > 0) stack_.push(' ');
        for (char c : w) stack_.push(c);
    }
    string out;
    while (!stack_.empty())
    {
        out.push_back(stack_.top());
        stack_.pop();
    }
    puts(out.c_str());
}

int main()
{
    solve();
    return 0;
}