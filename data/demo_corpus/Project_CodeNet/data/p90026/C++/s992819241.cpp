// author: u929107291
#include <cstdio>
#include <string>
#include <utility>
using namespace std;

#define pb push_back
#define se second
#define mp make_pair
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main()
{
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    int tot[26] = {0};
    for (char c : s) tot[c - 'a']++;
    for (int i = 0; i < 26; i++)
    {
        if (tot[i] == 0) continue;
        char c = 'a' + i;
        printf("%c %d\n", c, tot[i]);
    }
}