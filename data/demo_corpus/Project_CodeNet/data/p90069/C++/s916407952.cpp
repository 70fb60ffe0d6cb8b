#include <cstdio>
#include <string>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

bool is_pal(const string& s, int l, int r)
{
    while (l < r)
    {
        if (s[l++] != s[r--]) return false;
    }
    return true;
}

int main()
{
    char buf[3005];
    scanf("%s", buf);
    string s = buf;
    int n = s.size(), answer = 0;
    for (int i = 0; i < n; i++)
    {
        for (int j = i; j < n; j++)
        {
            if (j - i + 1 > answer && is_pal(s, i, j)) answer = j - i + 1;
        }
    }
    printf("%d\n", answer);
    return 0;
}