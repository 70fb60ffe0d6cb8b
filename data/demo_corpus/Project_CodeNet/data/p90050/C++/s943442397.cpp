// p90050
#include<cstdio>
#include<string>
#include<cstring>
using namespace std;

typedef long long LL;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define se second
const long long LINF = 1LL << 60;

int main()
{
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    const char* vowels = "aeiou";
    int ret = 0;
    rep(i, (int)s.size())
    {
        if (strchr(vowels, s[i]) != NULL)
        {
            ret++;
        }
    }
    printf("%d\n", ret);
    return 0;
}